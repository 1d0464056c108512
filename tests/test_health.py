"""Source health: the flag rules on synthetic run histories, the archive parts on both backends, and
end to end through real crawls of the local mirror."""

from __future__ import annotations

import json
import random
import re
from datetime import datetime, timedelta, timezone

from click.testing import CliRunner
from itemadapter import ItemAdapter

from humascrawl.cli import main as cli_main
from humascrawl.config import Source
from humascrawl.crawl.extensions import source_outcome
from humascrawl.health import (
    POLICE_WORDS,
    _POLICE_SCAN,
    HEALTH_FIELDS,
    SourceRun,
    Thresholds,
    article_health_keys,
    assess,
    run_signature,
    source_health,
)
from humascrawl.items import Article
from humascrawl.status import health_report
from humascrawl.storage.archive import Archive

NOW = datetime(2024, 6, 30, 2, 0, tzinfo=timezone.utc)
GOOD = {name: 1.0 for name in HEALTH_FIELDS}


def run(run_id, status="ok", days_ago=0.0, stored=0, fill=None, site_name="Kalimantanpost.online", police=1.0,
        responses=None, offsite=0, hosts=None, error=None, failed=None) -> SourceRun:
    """A synthetic source run: ``fill`` maps a field to its fill rate (default: every field always filled)."""
    rates = {**GOOD, **(fill or {})}
    counts = {name: round(rates[name] * stored) for name in HEALTH_FIELDS}
    signature = run_signature(stored, {site_name: stored} if stored else {}, {"id": stored} if stored else {},
                              round(police * stored), responses if responses is not None else stored + 3, offsite,
                              hosts or {})
    return SourceRun(run_id=run_id, status=status, started_at=NOW - timedelta(days=days_ago), error=error,
                     failed=failed or {}, new=stored, field_counts=counts, signature=signature)


def codes(flags) -> list[str]:
    return [flag.code for flag in flags]


def nightly(n, stored=3, **kwargs) -> list[SourceRun]:
    """n nightly runs, newest first (ids n..1), each storing ``stored`` articles."""
    return [run(n - i, days_ago=i, stored=stored, **kwargs) for i in range(n)]


# -- the rules ------------------------------------------------------------------------------------

def test_a_healthy_source_raises_nothing():
    flags = assess(nightly(10), latest_article=NOW - timedelta(hours=2), now=NOW)
    assert flags == []


def test_repeated_errors_needs_every_one_of_the_last_n_runs_failing():
    failing = [run(5, "failed", error="discovery failed: discovery_connection_refused"),
               run(4, "partial", days_ago=1, failed={"http_404": 2, "timeout": 1}),
               run(3, "failed", days_ago=2, error="crawl ended: shutdown")]
    (flag,) = assess([*failing, *nightly(2)], NOW - timedelta(hours=1), now=NOW)
    assert flag.code == "repeated_errors"
    assert "last 3 runs" in flag.message and "discovery_connection_refused" in flag.message
    assert "http_404=2, timeout=1" in flag.message and "crawl ended: shutdown" in flag.message
    assert [r["run_id"] for r in flag.details["runs"]] == [5, 4, 3]

    recovered = [run(6, "ok", days_ago=-1, stored=1), *failing]
    assert "repeated_errors" not in codes(assess(recovered, NOW, now=NOW))
    assert "repeated_errors" not in codes(assess(failing[:2], NOW, now=NOW))  # only two runs so far
    assert codes(assess(failing[:2], NOW, Thresholds(error_runs=2), now=NOW)) == ["repeated_errors"]


def test_never_succeeded_from_the_first_failed_run_until_something_is_archived():
    (flag,) = assess([run(1, "failed", error="discovery failed: discovery_dns")], latest_article=None, now=NOW)
    assert flag.code == "never_succeeded" and flag.details["runs"] == 1
    assert flag.message == ("no run has succeeded and no article is archived (1 run since 2024-06-30; "
                            "last: run 1 failed: discovery failed: discovery_dns)")
    empty_partial = [run(3, "partial", failed={"http_404": 30}), run(2, "failed", error="x", days_ago=1),
                     run(1, "running", days_ago=2)]
    assert codes(assess(empty_partial, None, now=NOW)) == ["never_succeeded"]
    assert assess([run(2, "partial", stored=2, failed={"http_404": 1})], None, now=NOW) == []  # stored something
    assert assess([run(2, "failed", error="x"), run(1, stored=0)], None, now=NOW) == []  # an ok run before
    assert assess([run(2, "failed", error="x")], NOW - timedelta(days=1), now=NOW) == []  # articles archived
    assert assess([run(1, "running")], None, now=NOW) == []  # nothing finished yet
    many = [run(i, "failed", error=f"e{i}", days_ago=10 - i) for i in range(9, 0, -1)]
    (flag,) = [f for f in assess(many, None, now=NOW) if f.code == "never_succeeded"]
    assert "(9 runs since 2024-06-21; last: run 9 failed: e9)" in flag.message
    assert flag.details["last_run"] == {"run_id": 9, "status": "failed", "reason": "e9"}


def test_stale_when_crawled_long_after_the_newest_article():
    runs = nightly(20, stored=0)  # crawled every night, nothing new
    (flag,) = assess(runs, latest_article=NOW - timedelta(days=20), now=NOW)
    assert flag.code == "stale" and "no new article for 20 days" in flag.message
    assert flag.details["runs_since"] == 20
    assert assess(runs, latest_article=NOW - timedelta(days=10), now=NOW) == []
    assert codes(assess(runs, NOW - timedelta(days=10), Thresholds(stale_days=7), now=NOW)) == ["stale"]


def test_stale_needs_a_crawl_after_the_quiet_period():
    # The source was last crawled 2 days after its newest article (then disabled): not "crawled but stale".
    runs = [run(2, days_ago=28), run(1, days_ago=30, stored=4)]
    assert assess(runs, latest_article=NOW - timedelta(days=30), now=NOW) == []


def test_stale_when_nothing_was_ever_archived():
    (flag,) = assess(nightly(15, stored=0), latest_article=None, now=NOW)
    assert flag.code == "stale" and flag.message.startswith("no article archived although crawled 15 times")
    assert assess(nightly(3, stored=0), latest_article=None, now=NOW) == []  # crawled for 2 days only


def test_template_changed_when_fields_stop_being_extracted():
    broken = {"dateline": 0.0, "source_credit": 0.0, "units": 0.1, "author": 0.5}
    runs = [run(4, stored=6, fill=broken), *nightly(3, stored=10)]
    (flag,) = assess(runs, NOW, now=NOW)
    assert flag.code == "template_changed"
    assert set(flag.details["fields"]) == {"dateline", "source_credit", "units"}  # author: 100% → 50% is not "far"
    assert flag.details["fields"]["dateline"] == {"before": 1.0, "now": 0.0}
    assert "dateline 100% → 0%" in flag.message and "6 articles in the last run vs 30 in the 3 before" in flag.message
    # runs that stored nothing carry no information: the broken run is still the latest sample
    assert codes(assess([run(6), run(5), *runs], NOW, now=NOW)) == ["template_changed"]


def test_template_changed_waits_for_enough_articles():
    few = [run(4, stored=2, fill={"dateline": 0.0}), *nightly(3, stored=10)]
    # 2 articles are too few: they are pooled with the run before (12 articles, 83% with a dateline)
    assert assess(few, NOW, now=NOW) == []
    small = [run(5, stored=2, fill={"dateline": 0.0}), run(4, stored=2, days_ago=1, fill={"dateline": 0.0}),
             run(3, stored=2, days_ago=2, fill={"dateline": 0.0}), *nightly(2, stored=10)]
    assert codes(assess(small, NOW, Thresholds(min_articles=6), now=NOW)) == ["template_changed"]
    assert assess(small, NOW, Thresholds(min_articles=7), now=NOW) == []  # 6 articles in the last 3 runs
    assert assess([run(2, stored=6, fill={"dateline": 0.0}), run(1, stored=3)], NOW, now=NOW) == []  # no baseline


def test_template_changed_ignores_fields_the_site_never_had():
    runs = [run(3, stored=6, fill={"editor": 0.0}), *nightly(2, stored=10, fill={"editor": 0.5})]
    assert assess(runs, NOW, now=NOW) == []


def test_domain_changed_when_the_site_name_and_the_police_content_both_change():
    runs = [run(3, stored=8, site_name="Slot Gacor 88", police=0.0), *nightly(2, stored=10)]
    (flag,) = [f for f in assess(runs, NOW, now=NOW) if f.code == "domain_changed"]
    assert "'Slot Gacor 88' (was 'Kalimantanpost.online')" in flag.message
    assert flag.details["content"]["police_share"] == {"before": 1.0, "now": 0.0}
    # a rebrand keeps the police content; a slow news week under the same name keeps the name
    renamed = [run(3, stored=8, site_name="Kalimantan Post", police=0.9), *nightly(2, stored=10)]
    assert assess(renamed, NOW, now=NOW) == []
    quiet = [run(3, stored=8, police=0.0), *nightly(2, stored=10)]
    assert assess(quiet, NOW, now=NOW) == []


def test_domain_changed_when_the_site_redirects_elsewhere():
    runs = [run(3, stored=0, responses=12, offsite=10, hosts={"casino.example": 10}), *nightly(2, stored=10)]
    (flag,) = assess(runs, NOW, now=NOW)
    assert flag.code == "domain_changed" and "10 of 12 responses" in flag.message and "casino.example" in flag.message
    assert flag.details["offsite"]["hosts"] == {"casino.example": 10}
    assert assess([run(3, responses=30, offsite=1, hosts={"x.example": 1}), *nightly(2)], NOW, now=NOW) == []
    back = [run(4, stored=1), *runs]  # the latest run is on the host again
    assert assess(back, NOW, now=NOW) == []


def drifted(drift: dict) -> list[SourceRun]:
    """Nightly runs whose latest counted these drift stats (humascrawl.verdicts.drift)."""
    runs = nightly(5)
    runs[0].signature["drift"] = drift
    return runs


def test_a_kept_page_in_another_template_is_a_note_not_a_flag():
    health = source_health("x", [r.__dict__ for r in drifted({"template_changed": 4})], articles=15,
                           latest_article=NOW, now=NOW)
    assert health["healthy"] and health["flags"] == []
    assert [(n["code"], n["details"]) for n in health["notes"]] == [("template_changed", {"run_id": 5, "pages": 4})]
    assert source_health("x", [r.__dict__ for r in nightly(5)], now=NOW)["notes"] == []


def test_domain_changed_when_spam_follows_drift():
    flags = {f.code: f for f in assess(drifted({"spam": 3, "caught": 2}), NOW, now=NOW)}
    assert "domain_changed" in flags
    assert flags["domain_changed"].details["drift"] == {"run_id": 5, "spam": 3, "caught_by_drift": 2}
    assert "another template" in flags["domain_changed"].message
    assert "domain_changed" not in codes(assess(drifted({"spam": 2}), NOW, now=NOW))  # under hijack_min_spam


def test_source_health_is_plain_json():
    runs = [{"run_id": 2, "status": "failed", "started_at": datetime(2024, 6, 30), "error": "boom",
             "field_counts": {}, "signature": {}},
            {"run_id": 1, "status": "ok", "started_at": datetime(2024, 6, 29), "new": 3,
             "field_counts": {"title": 3}, "signature": {"stored": 3}}]
    health = source_health("kalbarnews", runs, articles=3, latest_article=datetime(2024, 6, 29, 1), now=NOW)
    assert json.loads(json.dumps(health)) == health
    assert health["healthy"] and health["last_run"]["id"] == 2 and health["last_run"]["status"] == "failed"
    assert health["latest_article"] == "2024-06-29T01:00:00+00:00"


# -- what the crawl records -----------------------------------------------------------------------

def _keys(**fields) -> list[str]:
    return article_health_keys(ItemAdapter(Article(**fields)))  # as the store pipeline hands it an article


def test_article_health_keys():
    keys = _keys(title="Rakernis", text="Kapolres Ketapang AKBP Tommy membuka kegiatan.", dateline="Ketapang",
                 units=["Polres Ketapang"], persons=[], site_name="Kalimantanpost.online", language="id")
    assert {"fields/title", "fields/text", "fields/dateline", "fields/units", "police_mentions",
            "site_names/Kalimantanpost.online", "languages/id"} <= set(keys)
    assert "fields/persons" not in keys and "fields/author" not in keys
    casino = _keys(title="Polres? no: Slot Gacor", text="Daftar slot gacor maxwin, bonus new member.",
                   site_name=None, language=None)
    assert set(casino) == {"fields/title", "fields/text", "site_names/-", "languages/-"}
    for text in ("Bidhumas Polda Kalbar", "Satreskrim menangkap", "bhabinkamtibmas desa", "anggota POLRI"):
        assert "police_mentions" in _keys(text=text)



def test_the_fast_police_scan_finds_police_words_where_the_plain_pattern_does():
    """article_health_keys searches with _POLICE_SCAN, a faster form of POLICE_WORDS: same answer on every text."""
    first = "".join(sorted(c for c in map(chr, range(0x110000)) if re.fullmatch("[pkbsh]", c, re.I)))
    opening = re.fullmatch(r"\[([^\]]*)\]", _POLICE_SCAN.pattern.split("(?:", 1)[0]).group(1)
    assert set(opening) == set(first)  # every letter a police word can start with, as IGNORECASE reads it
    words = ["polisi", "kepolisian", "polri", "polda", "polres", "polresta", "polsek", "polsubsektor", "kapolri",
             "kapolda", "kapolres", "kapolresta", "kapolsek", "humas", "bidhumas", "bhabinkamtibmas", "kamtibmas",
             "bhayangkara", "brimob", "satreskrim", "satlantas", "satnarkoba", "satbinmas", "satsamapta",
             "satintelkam", "sat", "pol", "hum"]
    glue = [*"aksphbo _-.1\n", "\u00e9", "\u017f", "\u212a", "\u0130", "\u0131", "\u00df"]
    rnd = random.Random(5)
    found = 0
    for _ in range(30_000):
        text = ""
        for _ in range(rnd.randint(1, 4)):
            word = "".join(c.upper() if rnd.random() < 0.2 else c for c in rnd.choice(words))
            if rnd.random() < 0.3:
                word = word.replace("s", "\u017f").replace("k", "\u212a")
            text += word if rnd.random() < 0.7 else word[:rnd.randint(0, len(word))]
            text += "".join(rnd.choice(glue) for _ in range(rnd.randint(0, 3)))
        expected = POLICE_WORDS.search(text) is not None
        found += expected
        assert (_POLICE_SCAN.search(text) is not None) == expected, text
    assert 5_000 < found < 25_000


def test_source_outcome_folds_the_health_stats():
    stats = {"humascrawl/new": 3, "humascrawl/changed": 1, "humascrawl/discovered": 4,
             "humascrawl/fields/title": 4, "humascrawl/fields/dateline": 3, "humascrawl/police_mentions": 4,
             "humascrawl/site_names/KalbarNews.id": 3, "humascrawl/site_names/Kalbar/News": 1,
             "humascrawl/languages/id": 4, "humascrawl/responses": 10, "humascrawl/offsite_responses": 2,
             "humascrawl/offsite_hosts/casino.example": 2, "humascrawl/failed/http_404": 1}
    record = source_outcome(stats, "finished")
    assert record["status"] == "partial" and record["failed"] == {"http_404": 1}
    assert record["field_counts"]["title"] == 4 and record["field_counts"]["dateline"] == 3
    assert record["field_counts"]["persons"] == 0
    sig = record["signature"]
    assert sig["stored"] == 4 and sig["site_name"] == "KalbarNews.id" and sig["site_names"]["Kalbar/News"] == 1
    assert (sig["police_share"], sig["language"], sig["language_share"]) == (1.0, "id", 1.0)
    assert (sig["responses"], sig["offsite_responses"], sig["offsite_hosts"]) == (10, 2, {"casino.example": 2})
    assert not any(key.startswith(("fields/", "site_names/")) for key in record)


# -- the archive, on SQLite and PostgreSQL --------------------------------------------------------

def _record(archive, source, status="ok", stored=0, **sig):
    run_id = archive.start_run({})
    signature = run_signature(stored, {"KalbarNews.id": stored}, {"id": stored}, stored, stored + 2, 0, {})
    archive.record_source_run(run_id, source, {
        "status": status, "new": stored, "error": "discovery failed: discovery_dns" if status == "failed" else None,
        "field_counts": {name: stored for name in HEALTH_FIELDS}, "signature": {**signature, **sig}})
    archive.finish_run(run_id, status)
    return run_id


def test_archive_keeps_and_reads_the_health_history(db_url):
    archive = Archive.open(db_url)
    archive.sync_sources([Source(name="kalbarnews", url="https://kalbarnews.id/", platform="wordpress"),
                          Source(name="gone", url="https://gone.example/", platform="blogger")])
    first = _record(archive, "kalbarnews", stored=12)
    for _ in range(3):
        _record(archive, "gone", status="failed")
    last = _record(archive, "kalbarnews", stored=0, responses=9, offsite_responses=9,
                   offsite_hosts={"casino.example": 9})
    history = archive.source_run_history(per_source=2)
    assert [r["run_id"] for r in history["kalbarnews"]] == [last, first]
    assert len(history["gone"]) == 2 and history["gone"][0]["status"] == "failed"
    assert history["kalbarnews"][1]["field_counts"]["dateline"] == 12
    assert history["kalbarnews"][1]["signature"]["site_name"] == "KalbarNews.id"
    assert history["kalbarnews"][0]["started_at"] is not None
    assert list(archive.source_run_history(names=["gone"])) == ["gone"]
    assert archive.article_stats_by_source() == {"kalbarnews": (0, None), "gone": (0, None)}
    from test_archive import SOURCE, page

    archive.sync_sources([SOURCE])
    before = datetime.now(timezone.utc) - timedelta(seconds=5)
    archive.store_pages([page()])
    count, latest = archive.article_stats_by_source()[SOURCE.name]
    assert count == 1 and isinstance(latest, datetime)
    assert source_health(SOURCE.name, [], count, latest)["latest_article"] >= before.isoformat(timespec="seconds")

    report = {h["source"]: h for h in health_report(archive)}
    assert [f["code"] for f in report["gone"]["flags"]] == ["repeated_errors", "never_succeeded"]
    assert [f["code"] for f in report["kalbarnews"]["flags"]] == ["domain_changed"]
    archive.close()


def test_migration_0002_upgrades_an_archive_with_runs(db_url):
    from alembic import command
    from sqlalchemy import text

    from humascrawl.storage.db import alembic_config, create_archive_engine, current_revision, head_revision

    engine = create_archive_engine(db_url)
    cfg = alembic_config()

    def migrate(action, target):
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            action(cfg, target)

    migrate(command.upgrade, "0001")
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO crawl_runs (id, started_at, status, options) VALUES (1, :t, 'ok', '{}')"),
                     {"t": NOW})
        conn.execute(text(
            "INSERT INTO crawl_run_sources (run_id, source_name, status, discovered, fetched, new, changed, "
            "unchanged, skipped, failed, bytes_received) VALUES (1, 'old', 'ok', 1, 1, 1, 0, 0, '{}', '{}', 10)"))
    migrate(command.upgrade, "head")
    assert current_revision(engine) == head_revision()
    archive = Archive(engine)
    (old,) = archive.source_run_history()["old"]
    assert old["field_counts"] == {} and old["signature"] == {}
    assert source_health("old", [old], now=NOW)["healthy"]  # runs before the migration are not judged
    migrate(command.downgrade, "0001")
    assert current_revision(engine) == "0001"
    engine.dispose()


# -- the command ----------------------------------------------------------------------------------

def _status(*args):
    return CliRunner().invoke(cli_main, ["status", *args])


def test_status_command_filters_checks_and_validates(tmp_path):
    db = f"sqlite:///{tmp_path / 'a.sqlite3'}"
    archive = Archive.open(db)
    for _ in range(3):
        _record(archive, "gone", status="failed")
    _record(archive, "kalbarnews", stored=10)
    archive.close()

    result = _status("--db", db, "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert {h["source"]: h["healthy"] for h in data["health"]} == {"gone": False, "kalbarnews": True}
    assert data["thresholds"]["stale_days"] == 14 and data["thresholds"]["error_runs"] == 3
    only = json.loads(_status("--db", db, "--json", "--source", "kalbarnews").output)
    assert [h["source"] for h in only["health"]] == ["kalbarnews"]
    assert {s["name"] for r in only["runs"] for s in r["sources"]} == {"kalbarnews"} and len(only["runs"]) == 1
    assert _status("--db", db, "--check").exit_code == 1
    assert _status("--db", db, "--check", "--source", "kalbarnews").exit_code == 0
    relaxed = json.loads(_status("--db", db, "--json", "--error-runs", "4").output)
    assert {h["source"]: [f["code"] for f in h["flags"]] for h in relaxed["health"]} == {
        "gone": ["never_succeeded"], "kalbarnews": []}
    table = _status("--db", db)
    assert table.exit_code == 0 and "1 of 2 sources flagged" in table.output and "repeated_errors" in table.output
    assert _status("--db", db, "--source", "nope").exit_code == 2
    assert _status("--db", db, "--stale-days", "0").exit_code == 2
    assert _status("--db", db, "--fill-to", "1.5").exit_code == 2


# -- end to end: real crawls of the local mirror --------------------------------------------------

def _casino_page(i: int) -> bytes:
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Slot Online #{i}</title>
<meta property="og:site_name" content="Slot Gacor 88"></head><body><article>
<h1 class="entry-title">Best online slot games, part {i}</h1><div class="entry-content post-body">
<p>Play the best online slot games with the highest RTP today, number {i} in our list of lucky games.</p>
<p>Register now to claim a welcome bonus of {100 + i} percent and win the progressive jackpot every day.</p>
<p>Deposits by bank transfer and e-wallet are processed within {i + 2} minutes, day and night.</p>
</div></article></body></html>""".encode()


def _health(db: str) -> dict[str, dict]:
    result = _status("--db", db, "--json")
    assert result.exit_code == 0, result.output
    return {h["source"]: h for h in json.loads(result.output)["health"]}


def test_status_flags_a_site_that_now_serves_something_else(tmp_path, sqlite_url):
    from test_crawl import crawl, sources_file

    from humascrawl.demo.mirror import Fault
    from humascrawl.demo.server import MirrorServer
    from humascrawl.demo.sites import load_demo_sites

    with MirrorServer(load_demo_sites()) as mirror:
        sources = sources_file(tmp_path, mirror, ["kalimantanpost", "borneotribrata"])
        first = crawl(sqlite_url, sources)
        assert first.returncode == 0, first.stderr.decode()[-3000:]
        assert {name: h["flags"] for name, h in _health(sqlite_url).items()} == {
            "kalimantanpost": [], "borneotribrata": []}

        # kalimantanpost's domain was bought by a casino: its new posts are slot adverts in another template
        blog = mirror.site("kalimantanpost")
        added = blog.add_posts(6)
        blog.set_faults(*(Fault(pattern=f"^{blog.post_path(post)}$", body=_casino_page(i),
                                headers={"Content-Type": "text/html; charset=utf-8"})
                          for i, post in enumerate(added)))
        # borneotribrata now redirects everything to another site
        mirror.site("borneotribrata").set_faults(
            Fault(pattern="", status=301, headers={"Location": mirror.base_url("kalbarnews")}))
        crawl(sqlite_url, sources)

    health = _health(sqlite_url)
    taken = health["kalimantanpost"]
    assert {f["code"] for f in taken["flags"]} == {"domain_changed", "template_changed"}
    domain = next(f for f in taken["flags"] if f["code"] == "domain_changed")
    content = domain["details"]["content"]
    assert content["site_name"] == {"before": "Kalimantanpost.online", "now": "Slot Gacor 88"}
    assert content["police_share"] == {"before": 1.0, "now": 0.0}
    template = next(f for f in taken["flags"] if f["code"] == "template_changed")
    assert {"dateline", "persons", "event_date"} <= set(template["details"]["fields"])
    assert template["details"]["articles_now"] == 6
    assert taken["signature"]["site_name"] == "Slot Gacor 88"

    moved = health["borneotribrata"]
    domain = next(f for f in moved["flags"] if f["code"] == "domain_changed")
    offsite = domain["details"]["offsite"]
    assert offsite["offsite_responses"] == offsite["responses"] > 0
    assert len(offsite["hosts"]) == 1 and next(iter(offsite["hosts"])).startswith("127.0.0.1:")


def test_status_flags_a_source_failing_three_runs_in_a_row(tmp_path, sqlite_url):
    from test_crawl import crawl

    sources = tmp_path / "sources.toml"
    sources.write_text('[[source]]\nname = "gone"\nurl = "http://127.0.0.1:9/"\nplatform = "blogger"\n')
    quick = ("-s", "RETRY_TIMES=0", "-s", "HUMASCRAWL_EXTRACT_WORKERS=1")
    for attempt in range(3):
        assert crawl(sqlite_url, str(sources), *quick).returncode == 1
        flags = _health(sqlite_url)["gone"]["flags"]
        # flagged from its first failed run: it never worked
        assert [f["code"] for f in flags] == ["never_succeeded"] if attempt < 2 else ["repeated_errors",
                                                                                     "never_succeeded"]
        assert _status("--db", sqlite_url, "--check").exit_code == 1
        assert "never_succeeded" in _status("--db", sqlite_url).output
    flag, _never = flags
    assert [r["status"] for r in flag["details"]["runs"]] == ["failed"] * 3
    assert all(r["reason"].startswith("discovery failed") for r in flag["details"]["runs"])
    assert _status("--db", sqlite_url, "--check").exit_code == 1
