from datetime import date

import pytest

from humascrawl.config import (
    DEFAULT_SOURCES,
    ConfigError,
    load_sources,
    normalise_tz,
    resolve_db_url,
    select_sources,
)


def write(tmp_path, text):
    path = tmp_path / "sources.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_default_sources_file_is_valid_and_names_real_platforms():
    sources = load_sources(DEFAULT_SOURCES)
    assert len(sources) >= 10
    assert {s.platform for s in sources} >= {"blogger", "wordpress", "odoo", "listing"}
    assert all(s.url.startswith("https://") and s.url.endswith("/") for s in sources)


def test_source_fields_are_parsed(tmp_path):
    path = write(tmp_path, '''
[[source]]
name = "kalimantanpost"
url = "https://www.kalimantanpost.online"
platform = "blogger"
labels = ["Polres Ketapang"]
keywords = ["Polres", "HUMAS"]
since = "2024-01-01"
tz = "WITA"
[source.rules]
boilerplate = ["^Iklan$"]
''')
    (src,) = load_sources(path)
    assert src.url == "https://www.kalimantanpost.online/"
    assert src.labels == ("Polres Ketapang",)
    assert src.keywords == ("polres", "humas")
    assert src.since == date(2024, 1, 1)
    assert src.tz == "+08:00"
    assert src.rules == {"boilerplate": ["^Iklan$"]}
    assert src.host == "www.kalimantanpost.online"
    assert src.follow_domain is False


def test_follow_domain_is_read(tmp_path):
    (src,) = load_sources(write(tmp_path, '[[source]]\nname = "a"\nurl = "https://x.id/"\nfollow_domain = true\n'))
    assert src.follow_domain is True and src.as_dict()["follow_domain"] is True


@pytest.mark.parametrize("body, message", [
    ('[[source]]\nname = "a"\nurl = "ftp://x"\n', "'url' must be an http(s) URL"),
    ('[[source]]\nname = "a"\nurl = "https://x.id/"\nplatform = "joomla"\n', "'platform' must be one of"),
    ('[[source]]\nname = "A B"\nurl = "https://x.id/"\n', "'name' must be lowercase"),
    ('[[source]]\nname = "a"\nurl = "https://x.id/"\nsince = "kemarin"\n', "'since' must be a date"),
    ('[[source]]\nname = "a"\nurl = "https://x.id/"\ncolour = "red"\n', "unknown key(s) colour"),
    ('[[source]]\nname = "a"\nurl = "https://x.id/"\n[[source]]\nname = "a"\nurl = "https://y.id/"\n',
     "duplicate source name 'a'"),
    ('[[source]]\nname = "a"\nurl = "https://x.id/"\nfollow_domain = "yes"\n', "'follow_domain' must be true or false"),
    ('[[source]\nname = ', "invalid TOML"),
    ('title = "no sources"\n', "no [[source]] tables"),
])
def test_bad_sources_files_give_one_clear_line(tmp_path, body, message):
    with pytest.raises(ConfigError) as err:
        load_sources(write(tmp_path, body))
    assert message in str(err.value)
    assert "\n" not in str(err.value)


RULED = '[[source]]\nname = "a"\nurl = "https://x.id/"\n'


@pytest.mark.parametrize("rules, message", [
    ('[source.rules]\nboilerplate = ["^Iklan$", "(Baca juga"]\n',
     "(a): rules.boilerplate: invalid regular expression '(Baca juga': missing ), unterminated subpattern"),
    ('[source.rules]\nboilerplate = "[z-a]"\n', "(a): rules.boilerplate: invalid regular expression '[z-a]'"),
    ('article_pattern = "/20\\\\d{4/(*"\n', "(a): rules.article_pattern: invalid regular expression"),
    ('[source.rules]\narticle_pattern = 42\n', "(a): rules.article_pattern must be a regular expression"),
    ('[source.rules]\nboilerplat = ["x"]\n', "(a): unknown rule(s) boilerplat (known: boilerplate, article_pattern"),
    ('[source.rules]\nmax_pages = "many"\n', "(a): rules.max_pages must be a whole number"),
    ('max_depth = -1\n', "(a): rules.max_depth must be a whole number"),
    ('[source.rules]\nfeed_url = "feed/"\n', "(a): rules.feed_url must be an http(s) URL"),
    ('[source.rules]\nfull_content = "yes"\n', "(a): rules.full_content must be true or false"),
    ('[source.rules]\ntz = "Mars"\n', "(a): rules.tz: 'Mars' is not WIB"),
])
def test_bad_rules_are_refused_naming_source_key_and_error(tmp_path, rules, message):
    with pytest.raises(ConfigError) as err:
        load_sources(write(tmp_path, RULED + rules))
    assert message in str(err.value) and "source #1" in str(err.value) and "\n" not in str(err.value)


def test_good_rules_are_kept(tmp_path):
    (src,) = load_sources(write(tmp_path, RULED + 'article_pattern = "/\\\\d{4}/"\nmax_pages = 50\n[source.rules]\n'
                                          'boilerplate = "^Iklan$"\ntz = "Asia/Makassar"\nfeed_paging = false\n'
                                          'sitemap_url = "https://x.id/post-sitemap.xml"\n'))
    assert src.rules == {"boilerplate": ["^Iklan$"], "tz": "Asia/Makassar", "feed_paging": False,
                         "sitemap_url": "https://x.id/post-sitemap.xml", "article_pattern": r"/\d{4}/", "max_pages": 50}


def test_missing_file(tmp_path):
    with pytest.raises(ConfigError, match="sources file not found"):
        load_sources(tmp_path / "nope.toml")


def test_select_sources(tmp_path):
    path = write(tmp_path, '''
[[source]]
name = "a"
url = "https://a.id/"
[[source]]
name = "b"
url = "https://b.id/"
enabled = false
''')
    sources = load_sources(path)
    assert [s.name for s in select_sources(sources)] == ["a"]
    assert [s.name for s in select_sources(sources, ["b"])] == ["b"]
    with pytest.raises(ConfigError, match="unknown source"):
        select_sources(sources, ["c"])


def test_db_url_resolution(monkeypatch):
    monkeypatch.delenv("HUMASCRAWL_DB", raising=False)
    assert resolve_db_url() == "sqlite:///data/humascrawl.sqlite3"
    monkeypatch.setenv("HUMASCRAWL_DB", "sqlite:///x.db")
    assert resolve_db_url() == "sqlite:///x.db"
    assert resolve_db_url("postgresql://h/db") == "postgresql://h/db"


def test_tz_forms():
    assert normalise_tz("wib") == "+07:00"
    assert normalise_tz("WIT") == "+09:00"
    assert normalise_tz("+08:00") == "+08:00"
    with pytest.raises(ConfigError):
        normalise_tz("Asia/Jakarta")
