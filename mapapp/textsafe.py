"""Text from files and addresses shown in Streamlit's Markdown, shown as written and never read as markup.

``st.markdown``, ``st.caption``, ``st.warning``, ``st.subheader``… render Markdown (with
LaTeX between ``$``, coloured text ``:red[…]``, images ``![](…)``), and with
``unsafe_allow_html`` HTML too. :func:`html.escape` stops only the HTML: an outlet name, a
place name, an ACLED export's location or a URL's ``?event=`` holding ``![x](https://…)``
would still load an image from another machine (the app makes no request off the machine),
``[log in](https://…)`` would be a link, ``# …`` a heading. :func:`md_safe` writes every
sign Markdown reads as a numeric character reference: Markdown shows the character itself.
"""

from __future__ import annotations

from typing import Any

#: Signs of Markdown, Streamlit's extensions (LaTeX, directives, emoji) and HTML.
_SIGNS = "\\`*_{}[]()<>#+-.!|~$:=&\"'"
_TABLE = {ord(c): f"&#{ord(c)};" for c in _SIGNS} | {ord("\n"): " ", ord("\r"): " "}


def md_safe(value: Any) -> str:
    """``value`` as text for a Markdown sink (with or without ``unsafe_allow_html``): shown as
    written on one line, never a link, image, heading, formula or tag."""
    return str(value).translate(_TABLE)


__all__ = ["md_safe"]
