"""Cold start: what ``import kornews`` does and does not do (counted, never timed)."""

from __future__ import annotations

import subprocess
import sys
import textwrap

from kornews import page


def test_ks_x_1001_table_is_what_the_codec_decodes() -> None:
    """The written-out table of KS X 1001 syllables is every EUC-KR (lead, trail) pair of rows 0xB0-0xC8."""
    pairs = bytes(b for lead in range(0xB0, 0xC9) for trail in range(0xA1, 0xFF) for b in (lead, trail))
    decoded = pairs.decode("euc_kr")
    assert page._KS_X_1001_HANGUL == decoded == "".join(sorted(set(decoded)))
    assert len(page._KS_X_1001_HANGUL) == 2350 and page._COMMON_HANGUL == frozenset(decoded)


def _modules_after(code: str) -> set[str]:
    script = textwrap.dedent(
        f"""
        import sys
        {code}
        print(" ".join(sorted(sys.modules)))
        """
    )
    return set(
        subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout.split()
    )


def test_import_leaves_page_specific_modules_unimported() -> None:
    """``import kornews`` imports no codec of Korean pages (the first EUC-KR page does), no outlet module
    (a URL imports its own), no pkgutil/importlib.metadata (discovery needs neither while the table is current)."""
    loaded = _modules_after("import kornews")
    for name in ("encodings.euc_kr", "encodings.cp949", "pkgutil", "importlib.metadata", "kornews.outlets.chosun"):
        assert name not in loaded, name
