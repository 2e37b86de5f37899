#!/usr/bin/env python3
"""Checks the actor dictionaries (graphs/dictionaries/actors/*.toml).

Usage: scripts/check-dictionaries.py [FILE.toml ...]
With no arguments, checks every graphs/dictionaries/actors/*.toml of this
repository. Errors (exit 1): TOML syntax, missing or mistyped required keys,
unknown keys, duplicate ids across all files, bad ids, dates that are not
real ISO dates (YYYY-MM-DD), start after end, offices without office/party/
start. Warnings (printed, exit 0): a surface form claimed by two actors, an
office party that no dictionary defines, office periods of one person that
overlap in the same office and party, two people holding a single-holder
office (head of state, foreign minister, ...) for one party at once, an office key that titles.toml does
not know. Prints counts per file, per kind and per office key.
"""
import collections
import datetime
import pathlib
import re
import sys
import tomllib

ROOT = pathlib.Path(__file__).resolve().parent.parent
DEFAULT_DIR = ROOT / "graphs" / "dictionaries" / "actors"

KINDS = {"country", "organization", "person", "group"}
ACTOR_KEYS = {"id", "name", "kind", "party", "aliases", "context_aliases", "demonyms", "demonyms_plural",
              "capital", "seats", "offices", "merge", "armed", "female", "until", "part_of", "part_of_until", "home"}
OFFICE_KEYS = {"office", "party", "start", "end", "title"}
LIST_KEYS = ("aliases", "context_aliases", "demonyms", "demonyms_plural", "seats")
# (a context alias is shared with another actor on purpose: no surface of its own)
OWN_SURFACE_KEYS = ("aliases", "demonyms", "demonyms_plural", "seats")
# Office keys of ../graphs/dictionaries/README.md; titles.toml may add more.
KNOWN_OFFICES = {"head-of-state", "head-of-government", "foreign-minister", "defense-minister",
                 "intelligence-chief", "cia-director", "mossad-director", "shin-bet-director",
                 "national-security-adviser", "special-envoy", "un-secretary-general",
                 "movement-leader", "spokesperson", "opposition-leader", "legislator"}
# Offices several people hold at once (for one party); others have one holder.
MULTI_HOLDER_OFFICES = {"spokesperson", "legislator", "minister", "special-envoy", "un-ambassador",
                        "regional-leader", "vice-president", "crown-prince", "organization-head",
                        "secretary-general", "intelligence-chief", "opposition-leader"}
# (an upper-case id may open with a digit where the body's own short name does: "3R")
ID_RE = re.compile(r"^(?:[A-Z0-9]*[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*|[a-z0-9]+(?:-[a-z0-9]+)*)$")
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def actor_lines(text):
    """1-based line numbers of each [[actor]] header, in order."""
    return [i + 1 for i, line in enumerate(text.splitlines()) if line.strip() == "[[actor]]"]


def parse_date(value):
    if not isinstance(value, str) or not DATE_RE.match(value):
        return None
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        return None


def main(argv):
    files = [pathlib.Path(a) for a in argv[1:]] or sorted(DEFAULT_DIR.glob("*.toml"))
    if not files:
        print(f"no dictionary files in {DEFAULT_DIR}", file=sys.stderr)
        return 1
    errors, warnings = [], []
    ids = {}  # id -> "file:line"
    surfaces = collections.defaultdict(set)  # folded surface -> ids
    office_parties = []  # (where, party)
    holders = collections.defaultdict(list)  # (office, party) -> [(start, end, id)]
    per_file = collections.Counter()
    per_kind = collections.Counter()
    per_office = collections.Counter()
    office_keys_known = set(KNOWN_OFFICES)

    for path in files:
        try:
            text = path.read_text(encoding="utf-8")
            data = tomllib.loads(text)
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as e:
            errors.append(f"{path}: {e}")
            continue
        for title in data.get("title", []):
            if isinstance(title, dict) and isinstance(title.get("office"), str):
                office_keys_known.add(title["office"])
        actors = data.get("actor", [])
        lines = actor_lines(text)
        for n, actor in enumerate(actors):
            where = f"{path.name}:{lines[n] if n < len(lines) else '?'}"
            per_file[path.name] += 1
            for key in actor:
                if key not in ACTOR_KEYS:
                    errors.append(f"{where}: unknown key '{key}' (known: {', '.join(sorted(ACTOR_KEYS))})")
            merge = actor.get("merge") is True  # an overlay that adds to an existing id
            for key in (("id",) if merge else ("id", "name", "kind")):
                if not isinstance(actor.get(key), str) or not actor.get(key):
                    errors.append(f"{where}: missing or empty required string '{key}'")
            aid = actor.get("id", "")
            merge = actor.get("merge") is True
            kind = actor.get("kind", "")
            if isinstance(aid, str) and aid:
                where = f"{where} ({aid})"
                if not ID_RE.match(aid):
                    errors.append(f"{where}: id must be UPPER-CASE or kebab-case ASCII")
                if aid in ids and not merge:
                    errors.append(f"{where}: duplicate id, first defined at {ids[aid]}")
                else:
                    ids[aid] = where
            if merge:
                continue
            if kind not in KINDS:
                errors.append(f"{where}: kind '{kind}' is not one of {', '.join(sorted(KINDS))}")
            per_kind[kind] += 1
            offices = actor.get("offices", [])
            if "party" in actor and not isinstance(actor["party"], str):
                errors.append(f"{where}: party must be a string")
            if kind != "person" and not actor.get("party"):
                errors.append(f"{where}: 'party' is required for a {kind}")
            if kind == "person" and not actor.get("party") and not offices:
                errors.append(f"{where}: a person needs 'party' or at least one office")
            if kind == "country" and actor.get("party") != aid:
                errors.append(f"{where}: a country's party must be its own id")
            for key in LIST_KEYS:
                value = actor.get(key, [])
                if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
                    errors.append(f"{where}: '{key}' must be an array of non-empty strings")
            if "armed" in actor and (not isinstance(actor["armed"], bool) or kind != "organization"):
                errors.append(f"{where}: 'armed' must be true or false, on an organization")
            if "female" in actor and (not isinstance(actor["female"], bool) or kind != "person"):
                errors.append(f"{where}: 'female' must be true or false, on a person")
            if "until" in actor and (kind != "country" or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(actor["until"]))):
                errors.append(f"{where}: 'until' must be a date \"YYYY-MM-DD\", on a country")
            if ("part_of" in actor) != ("part_of_until" in actor) or ("part_of" in actor and (
                    kind != "country" or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(actor["part_of_until"])))):
                errors.append(f"{where}: 'part_of' and 'part_of_until' (a date \"YYYY-MM-DD\") go together, on a country")
            if "home" in actor and (kind != "organization" or not isinstance(actor["home"], str)):
                errors.append(f"{where}: 'home' must be a state's id, on an organization")
            elif "home" in actor:
                office_parties.append((where, actor["home"]))
            if "capital" in actor and not isinstance(actor["capital"], str):
                errors.append(f"{where}: 'capital' must be a string")
            forms = [actor.get("name", "")] + [
                v for key in OWN_SURFACE_KEYS for v in actor.get(key, []) if isinstance(v, str)]
            if isinstance(actor.get("capital"), str):
                forms.append(actor["capital"])
            own = set()
            for form in forms:
                folded = form.casefold() if isinstance(form, str) else ""
                if not folded:
                    continue
                if form in own:
                    warnings.append(f"{where}: surface '{form}' listed twice")
                own.add(form)
                # a former state's capital, seats and demonyms are its own only up to `until`
                if "until" in actor and form != actor.get("name") and form not in actor.get("aliases", []):
                    continue
                surfaces[folded].add(aid)
            if not isinstance(offices, list):
                errors.append(f"{where}: 'offices' must be an array of tables")
                continue
            if offices and kind != "person":
                errors.append(f"{where}: only persons have offices")
            spans = collections.defaultdict(list)
            for office in offices:
                if not isinstance(office, dict):
                    errors.append(f"{where}: an office must be an inline table")
                    continue
                for key in office:
                    if key not in OFFICE_KEYS:
                        errors.append(f"{where}: unknown office key '{key}'")
                for key in ("office", "party", "start"):
                    if not isinstance(office.get(key), str) or not office.get(key):
                        errors.append(f"{where}: office {office} lacks '{key}'")
                start = parse_date(office.get("start"))
                if "start" in office and start is None:
                    errors.append(f"{where}: start '{office.get('start')}' is not an ISO date YYYY-MM-DD")
                end = None
                if "end" in office:
                    end = parse_date(office["end"])
                    if end is None:
                        errors.append(f"{where}: end '{office['end']}' is not an ISO date YYYY-MM-DD")
                if start and end and start > end:
                    errors.append(f"{where}: office {office.get('office')} starts {start} after it ends {end}")
                key = office.get("office", "")
                per_office[key] += 1
                office_parties.append((where, office.get("party", "")))
                if start:
                    spans[(key, office.get("party"))].append((start, end or datetime.date.max))
                    holders[(key, office.get("party"))].append((start, end or datetime.date.max, aid))
            for (key, party), periods in spans.items():
                periods.sort()
                for (s1, e1), (s2, _) in zip(periods, periods[1:]):
                    if s2 < e1:
                        warnings.append(f"{where}: two {key} terms for {party} overlap ({s1}..{e1} and {s2}..)")

    for where, party in office_parties:
        if party and party not in ids:
            warnings.append(f"{where}: party '{party}' (of an office or a home) is not defined by any dictionary checked")
    for (key, party), terms in sorted(holders.items()):
        if key in MULTI_HOLDER_OFFICES:
            continue
        terms.sort()
        for i, (s1, e1, a1) in enumerate(terms):
            for s2, e2, a2 in terms[i + 1:]:
                if s2 >= e1:  # sorted by start: no later term overlaps this one
                    break
                if a1 != a2:  # a handover day (end == next start) is not an overlap
                    warnings.append(f"{key} of {party}: {a1} ({s1}..{e1}) and {a2} ({s2}..) overlap")
    for key in sorted(per_office):
        if key and key not in office_keys_known:
            warnings.append(f"office key '{key}' is neither in the README nor in any titles.toml checked")
    for folded, owners in sorted(surfaces.items()):
        if len(owners) > 1:
            warnings.append(f"surface '{folded}' is claimed by {', '.join(sorted(owners))}")

    for w in warnings:
        print(f"warning: {w}")
    for e in errors:
        print(f"error: {e}")
    print("actors per file: " + ", ".join(f"{f} {n}" for f, n in sorted(per_file.items())))
    print("actors per kind: " + ", ".join(f"{k} {n}" for k, n in sorted(per_kind.items())))
    print(f"surface forms: {len(surfaces)} distinct")
    print("offices per key: " + ", ".join(f"{k} {n}" for k, n in sorted(per_office.items())))
    print(f"{len(errors)} error(s), {len(warnings)} warning(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
