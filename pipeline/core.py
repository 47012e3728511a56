"""The pipeline on one article: the named stages wired together.

``Pipeline(gazetteer, actors).process(article)`` runs, on the article's visible text (invisible
characters such as a zero-width space read through, every span moved back onto the text as read:
:mod:`pipeline.invisible`), normalise → find actors → find
places → resolve → dates → events → confidence (an event whose own sentence does not name
its place is at most ``medium``: :mod:`pipeline.confidence`) → toll sentences (a toll told in
another sentence: that sentence joins the event's ``more_evidence``, :mod:`pipeline.tollevidence`)
→ screening (an event whose
sentence the learned sentence model reads as no new event is set aside:
:mod:`pipeline.screening`) and returns an
:class:`ArticleResult`. English articles (``article.language == "en"``) take the same
stages with English dates and event rules (:mod:`pipeline.english`), and the same last stage. Build the
``Pipeline`` once: it compiles every alias and trigger into look-up tables.
"""

from __future__ import annotations

from pathlib import Path

from .actors import Actor, default_actors
from .arabic import Vocabulary, normalise, tokenise
from .confidence import cap_inferred_places
from .dates import find_dates
from .dates import word_lists as date_word_lists
from .english import EnglishPipeline
from .events import EventExtractor, split_sentences
from .gazetteer import Gazetteer, load_geo_dir
from .invisible import read_through_invisibles
from .places import PlaceFinder
from .records import Article, ArticleResult
from .repeats import fold_coarser_repeats
from .screening import screen_events
from .sentence_model import SentenceModel, default_sentence_model
from .tollevidence import SentenceSpans, add_toll_sentences
from .unread import find_unread

GEO_DIR = Path(__file__).resolve().parent.parent / "geo"


class Pipeline:
    """Compiled matchers for one gazetteer and actor table.

    Parameters
    ----------
    gazetteer : Gazetteer
    actors : dict of str -> Actor, optional
        Defaults to the shipped table.
    sentence_model : SentenceModel, optional
        Defaults to the shipped weights (:func:`pipeline.sentence_model.default_sentence_model`).
    screening : bool
        False skips the screening stage (every event the rules make stays in ``events``): for
        measuring the rules alone.
    """

    def __init__(self, gazetteer: Gazetteer, actors: dict[str, Actor] | None = None,
                 sentence_model: SentenceModel | None = None, screening: bool = True):
        self.gazetteer = gazetteer
        self.actors = actors if actors is not None else default_actors()
        self.places = PlaceFinder(gazetteer, self.actors)
        self.events = EventExtractor(gazetteer, self.actors)
        self.english = EnglishPipeline(gazetteer, self.actors, self.places)
        self.sentence_model: SentenceModel | None = None
        if screening:
            self.sentence_model = sentence_model if sentence_model is not None else default_sentence_model()
        #: the model that lists the sentences no rule read (:mod:`pipeline.unread`; with or without screening)
        self.unread_model: SentenceModel = sentence_model if sentence_model is not None else default_sentence_model()
        # every word list the stages look tokens up in, searched in one pass per article
        self.vocabulary = Vocabulary()
        for words in self.places.word_lists() + date_word_lists() + self.events.word_lists():
            self.vocabulary.add(words)

    @classmethod
    def from_geo_dir(cls, geo_dir: str | Path = GEO_DIR, screening: bool = True) -> Pipeline:
        """A pipeline on ``geo/`` (gazetteer, plus the analysts' overrides and areas when present)."""
        return cls(load_geo_dir(geo_dir), screening=screening)

    def process(self, article: Article) -> ArticleResult:
        """Run every stage on one article.

        Parameters
        ----------
        article : Article

        Returns
        -------
        ArticleResult
        """
        return read_through_invisibles(self._process, article)

    def _process(self, article: Article) -> ArticleResult:
        """Every stage on one article whose text has no invisible character (see :meth:`process`)."""
        if article.language == "en":
            return find_unread(screen_events(add_toll_sentences(cap_inferred_places(
                fold_coarser_repeats(self.english.process(article), self.gazetteer), self.gazetteer)),
                self.sentence_model), self.unread_model)
        nt = normalise(article.text)
        tokens = tokenise(nt.text)
        self.vocabulary.scan(tokens)
        actor_mentions, actor_matches = self.places.find_actors(nt, tokens)
        mentions, unresolved, focus = self.places.find(nt, tokens, actor_matches, article.id)
        dates = find_dates(nt, article.published, tokens)
        sentences = split_sentences(nt, tokens)
        events, control = self.events.extract(article, nt, tokens, mentions, actor_matches, dates, focus, sentences)
        result = ArticleResult(article, mentions, actor_mentions, dates, events, control, unresolved,
                               sentences=SentenceSpans(article.text, article.language, nt, sentences))
        return find_unread(screen_events(add_toll_sentences(cap_inferred_places(
            fold_coarser_repeats(result, self.gazetteer), self.gazetteer)), self.sentence_model), self.unread_model)
