"""Fingerprints to find the same person uploaded twice: contacts, an exact text hash and a 64-bit
simhash of character shingles for near-identical texts."""

from __future__ import annotations

import hashlib
import re
import unicodedata

import numpy as np

SIMHASH_BITS = 64
# Texts whose simhashes differ in at most this many bits are taken as the same résumé.
NEAR_DUPLICATE_BITS = 3
_SHINGLE = 4


def normalise(text: str) -> str:
    """NFKC, lower case, whitespace removed: the form both hashes are taken of."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text).lower())


def simhash(text: str) -> int:
    """Charikar's simhash (STOC 2002) over overlapping character 4-grams of the normalised text."""
    norm = normalise(text)
    grams = sorted({norm[i : i + _SHINGLE] for i in range(max(1, len(norm) - _SHINGLE + 1))})
    if not norm:
        return 0
    digests = b"".join(hashlib.blake2b(g.encode(), digest_size=8).digest() for g in grams)
    # one row of 64 bits per shingle (big-endian bit order), counted per column with numpy
    bits = np.unpackbits(np.frombuffer(digests, dtype=np.uint8)).reshape(len(grams), SIMHASH_BITS)
    ones = bits.sum(axis=0, dtype=np.int64)
    value = 0
    for column in range(SIMHASH_BITS):
        value = value << 1 | int(2 * ones[column] > len(grams))
    return value


def fingerprint(text: str, emails: list[str], phones: list[str]) -> dict:
    """{"emails", "phones", "text_hash" (sha256 hex), "simhash" (16 hex digits)}."""
    return {
        "emails": list(emails),
        "phones": list(phones),
        "text_hash": hashlib.sha256(normalise(text).encode()).hexdigest(),
        "simhash": f"{simhash(text):016x}",
    }


def _simhash_int(value) -> int | None:
    if isinstance(value, int):
        return value
    try:
        return int(str(value), 16)
    except ValueError:
        return None


def same_person(fp_a: dict, fp_b: dict) -> bool:
    """True when two fingerprints (or profiles holding one) share an e-mail or phone, have the same
    text hash, or simhashes within NEAR_DUPLICATE_BITS bits while neither side's contacts tell
    them apart."""
    a = fp_a.get("fingerprint", fp_a) or {}
    b = fp_b.get("fingerprint", fp_b) or {}
    if set(a.get("emails") or []) & set(b.get("emails") or []):
        return True
    if set(a.get("phones") or []) & set(b.get("phones") or []):
        return True
    if a.get("text_hash") and a.get("text_hash") == b.get("text_hash"):
        return True
    # Near-identical texts with contacts on both sides and none shared are two people who used
    # one template (a class, an agency's form), not one résumé uploaded twice.
    if (a.get("emails") and b.get("emails")) or (a.get("phones") and b.get("phones")):
        return False
    ha, hb = _simhash_int(a.get("simhash")), _simhash_int(b.get("simhash"))
    if not ha or not hb:  # 0 or missing: no text to compare
        return False
    return bin(ha ^ hb).count("1") <= NEAR_DUPLICATE_BITS
