"""English reports: the same stages and records as the Arabic pipeline.

``EnglishPipeline(gazetteer, actors, places).process(article)`` normalises the text
(lower case, accents folded, offsets kept: :func:`pipeline.arabic.normalise`), finds
actors and places with the shared matchers (the actor table's and the gazetteer's English
names and aliases; possessives and hyphens split into tokens), reads English dates
(:mod:`pipeline.english.dates`), events (:mod:`pipeline.english.events`) and control
statements (:mod:`pipeline.english.control`) and returns an
:class:`~pipeline.records.ArticleResult` like the Arabic path. Word lists are data:
``pipeline/data/english.toml``.

Why no spaCy: no official English pipeline (``en_core_web_sm``) is published on the
package registry this project installs from (only unofficial mirrors), and models may
not be downloaded at run time; the rules need sentences, clauses and word lists, which
the rules here give at well under a millisecond per article.
"""

from __future__ import annotations

from ..actors import Actor
from ..arabic import normalise, normalise_phrase, tokenise
from ..gazetteer import Gazetteer
from ..places import PlaceFinder, landmarks_told_back
from ..records import Article, ArticleResult
from ..tollevidence import SentenceSpans
from .control import control_claims
from .dates import find_dates
from .events import EnglishEvents
from .lexicon import Lexicon, default_lexicon
from .places import EnglishPlaces
from .text import split_sentences

__all__ = ["EnglishPipeline", "find_dates"]


class EnglishPipeline:
    """The English stages for one gazetteer and actor table.

    Parameters
    ----------
    gazetteer : Gazetteer
    actors : dict of str -> Actor
    places : PlaceFinder
        The shared place and actor finder (its matchers hold the English aliases too).
    lexicon : Lexicon, optional
        Defaults to ``pipeline/data/english.toml``.
    """

    def __init__(self, gazetteer: Gazetteer, actors: dict[str, Actor], places: PlaceFinder,
                 lexicon: Lexicon | None = None):
        self.places = places
        self.gazetteer = gazetteer
        self.lexicon = lexicon or default_lexicon()
        self.english_places = EnglishPlaces(gazetteer, places, self.lexicon)
        self.events = EnglishEvents(gazetteer, actors, self.lexicon)

    def process(self, article: Article) -> ArticleResult:
        """Run every stage on one English article.

        Parameters
        ----------
        article : Article

        Returns
        -------
        ArticleResult
        """
        nt = normalise(article.text)
        tokens = tokenise(nt.text)
        actor_mentions, actor_matches = self.places.find_actors(nt, tokens)
        mentions, unresolved, focus = self.places.find(nt, tokens, actor_matches, article.id)
        blocked = {i for m in actor_matches for i in range(m.first, m.last + 1)}
        mentions = self.english_places.find(nt, tokens, mentions, blocked)
        # "the prison": the one named before; "the airport": the article's city's
        told_back = landmarks_told_back(self.gazetteer, nt, tokens, mentions, english=True) \
            + self.english_places.the_airport(nt, tokens, mentions, focus)
        if told_back:
            mentions = sorted(mentions + told_back, key=lambda m: (m.start, m.end))
        unresolved = unresolved + self.english_places.unresolved(article.text, mentions, article.id, focus)
        # "the town of Kobani": far outside the area, not a village the gazetteer lacks
        unresolved = [u for u in unresolved if normalise_phrase(u.name) not in self.lexicon.outside_names]
        dates = find_dates(nt, article.published)
        around = self.english_places.around(nt, mentions)
        sentences = split_sentences(nt, tokens)
        events = self.events.extract(article, nt, tokens, mentions, actor_matches, dates, focus, unresolved,
                                     around, sentences)
        control = control_claims(article, nt, tokens, mentions, actor_matches, events, self.gazetteer, sentences)
        return ArticleResult(article, mentions, actor_mentions, dates, events, control, unresolved,
                             sentences=SentenceSpans(article.text, article.language, nt, sentences))
