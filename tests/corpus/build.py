"""Write the corpus: one HTML file per page and ``truth.json`` with every field's ground truth.

    python tests/corpus/build.py          # (re)writes tests/corpus/pages/*.html and tests/corpus/truth.json

The pages are static files committed with the tests; this script only documents how they were made and lets a
reviewer change a template and rebuild. Each page is one release (``articles.py``) rendered by one site's template
(``tpl_*.py``) with that site's dateline style, credit trailer, byline, widgets and wording. The ground truth is what
the page states, written down by construction (see the conventions in ``articles.py``).
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass, field
from html import unescape
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from articles import BY_ID  # noqa: E402
from parts import Ctx, dateline, dt, esc, slug, trailer  # noqa: E402
from tpl_blogger import blogger_classic, blogger_magazine  # noqa: E402
from tpl_other import amp_page, cms_page, multipage, portal_next, portal_odoo, portal_php, portal_wp_polda  # noqa: E402
from tpl_holdout import (amp_more, blogger_contempo, cms_more, multipage_more, portal_laravel, wp_elementor,  # noqa: E402
                         wp_newsup, wp_soledad)
from tpl_wordpress import wp_generatepress, wp_homemade, wp_jannah, wp_jnews, wp_newspaper  # noqa: E402

PAGES = HERE / "pages"

RENDER = {
    "blogger-classic": blogger_classic, "blogger-magazine": blogger_magazine,
    "wp-newspaper": wp_newspaper, "wp-jnews": wp_jnews, "wp-generatepress": wp_generatepress, "wp-jannah": wp_jannah,
    "wp-homemade": wp_homemade, "portal-wp": portal_wp_polda, "portal-odoo": portal_odoo, "portal-next": portal_next,
    "portal-php": portal_php, "amp": amp_page, "cms": cms_page,
    "blogger-contempo": blogger_contempo, "wp-newsup": wp_newsup, "wp-elementor": wp_elementor, "wp-soledad": wp_soledad,
    "portal-laravel": portal_laravel, "amp-more": amp_more, "cms-more": cms_more,
}
FAMILY = {  # the six-plus template families the issue asks for
    "blogger-classic": "Blogger classic", "blogger-magazine": "Blogger magazine theme",
    "wp-newspaper": "WordPress news theme", "wp-jnews": "WordPress news theme", "wp-generatepress": "WordPress news theme",
    "wp-jannah": "WordPress news theme", "wp-homemade": "WordPress news theme", "portal-wp": "official police portal",
    "portal-odoo": "official police portal", "portal-next": "official police portal", "portal-php": "official police portal",
    "amp": "AMP page", "cms": "home-made news CMS", "multipage": "multi-page article",
    "blogger-contempo": "Blogger classic", "wp-newsup": "WordPress news theme", "wp-elementor": "WordPress news theme",
    "wp-soledad": "WordPress news theme", "portal-laravel": "official police portal", "amp-more": "AMP page",
    "cms-more": "home-made news CMS",
}


@dataclass
class Spec:
    article: str
    template: str
    host: str
    name: str
    outlet: str
    url: str
    dateline: str = "upper-dash"
    trailer: str = "none"
    byline: str | None = None
    author: str | None = None  # the writer named in the trailer
    editor: str | None = None
    canonical: str | None = None
    labels: bool = True
    opts: dict = field(default_factory=dict)
    pages: list[list[int]] | None = None  # multi-page: paragraph indices per page
    page_urls: list[str] | None = None
    batch: str = "dev"
    page_id: str | None = None  # a release another outlet republished: its own page id

    @property
    def id(self) -> str:
        return self.page_id or self.article


def blogger_url(host: str, article: str, suffix: str = "") -> str:
    a = BY_ID[article]
    p = dt(a.published)
    return f"https://{host}/{p.year}/{p.month:02d}/{slug(a.title, 7)}.html{suffix}"


def wp_url(host: str, article: str, dated: bool = True, tail: str = "") -> str:
    a = BY_ID[article]
    p = dt(a.published)
    prefix = f"/{p.year}/{p.month:02d}/{p.day:02d}" if dated else ""
    return f"https://{host}{prefix}/{slug(a.title, 9)}/{tail}"


SPECS: list[Spec] = [
    # ---- Blogger classic layouts
    Spec("sanggau-kryd", "blogger-classic", "suarasanggau.blogspot.com", "Suara Sanggau", "SuaraSanggau",
         blogger_url("suarasanggau.blogspot.com", "sanggau-kryd"), dateline="upper-dash", trailer="sumber-editor",
         byline="Redaksi Suara Sanggau", editor="Lisa",
         opts={"theme": "simple", "ui": "old", "abbr": "pacific", "body": "br", "comments": 2, "caption": "blogger-table"}),
    Spec("banjarbaru-curhat", "blogger-classic", "beritabanua86.blogspot.com", "Berita Banua 86",
         "beritabanua86.blogspot.com", blogger_url("beritabanua86.blogspot.com", "banjarbaru-curhat"),
         dateline="comma-outlet-dot", trailer="penulis-pipe-editor", byline="Rahmadi", author="Rahmadi Noor",
         editor="Nurul Hidayah", opts={"theme": "awesome", "ui": "new", "abbr": "local", "body": "div", "baca": "lihat"}),
    Spec("tuban-laka", "blogger-classic", "www.tubanterkini.web.id", "Tuban Terkini", "TubanTerkini",
         blogger_url("www.tubanterkini.web.id", "tuban-laka"), dateline="paren-outlet", trailer="reporter-editor",
         byline="Tuban Terkini", author="Ahmad Faiz", editor="Dedy S.",
         opts={"theme": "watermark", "ui": "new", "abbr": "local", "body": "p", "comments": 3, "title_style": "suffix"}),
    Spec("lhokseumawe-ganja", "blogger-classic", "kabarlhokseumawe.blogspot.com", "Kabar Lhokseumawe",
         "Kabar Lhokseumawe", blogger_url("kabarlhokseumawe.blogspot.com", "lhokseumawe-ganja"),
         dateline="upper-strong-hyphen", trailer="hms-tag-editor", byline="Teuku Rizal", editor="T. Rizal",
         opts={"theme": "simple", "ui": "old", "abbr": "none", "body": "word", "caption": "foto-line"}),
    Spec("donggala-banjir", "blogger-classic", "lintasdonggala.blogspot.com", "Lintas Donggala", "LintasDonggala.com",
         blogger_url("lintasdonggala.blogspot.com", "donggala-banjir", "?m=1"),
         canonical=blogger_url("lintasdonggala.blogspot.com", "donggala-banjir"), dateline="upper-comma-outlet",
         trailer="pewarta-redaktur-sumber", author="Moh. Ikbal", editor="Asriani",
         opts={"theme": "mobile", "ui": "new", "abbr": "local", "body": "span-div"}),
    # ---- Blogger magazine themes
    Spec("ketapang-karhutla", "blogger-magazine", "www.khatulistiwapos.online", "Khatulistiwa Pos", "Khatulistiwapos.online",
         blogger_url("www.khatulistiwapos.online", "ketapang-karhutla"), dateline="comma-outlet-dot",
         trailer="sumber-editor", byline="Redaksi", editor="Lisa",
         opts={"theme": "median", "comments": "belum", "baca": "strong", "share": "Bagikan:", "related": "Artikel Terkait",
               "date": "abbr"}),
    Spec("kobar-karhutla", "blogger-magazine", "www.borneo7news.com", "Borneo7News", "Borneo7News",
         blogger_url("www.borneo7news.com", "kobar-karhutla"), dateline="outlet-first", trailer="laporan-slash-editor",
         byline="Borneo7 Admin", author="Fitri Yanti", editor="Kristian",
         opts={"theme": "sora", "comments": "disqus", "baca": "upper-arrow", "share": "Share:",
               "related": "You may like these posts", "date": "time", "title_style": "dash"}),
    Spec("hst-takjil", "blogger-magazine", "www.jurnalbanua.id", "Jurnal Banua", "JurnalBanua.id",
         blogger_url("www.jurnalbanua.id", "hst-takjil"), dateline="upper-comma-outlet", trailer="sumber-berita-bold",
         byline="M. Rafiq",
         opts={"theme": "seoboost", "comments": "facebook", "baca": "list", "share": "SHARE:", "related": "Artikel Terkait",
               "date": "text", "body": "div"}),
    Spec("jayapura-paskah", "blogger-magazine", "www.jayapuraupdate.com", "Jayapura Update", "JayapuraUpdate",
         blogger_url("www.jayapuraupdate.com", "jayapura-paskah"), dateline="upper-dash", trailer="rilis",
         byline="Yulius Wenda",
         opts={"theme": "idonly", "comments": "2", "share": "Bagikan ke:", "related": "Baca Juga", "date": "jsonld",
               "title_style": "bare"}),
    Spec("mempawah-senpi", "blogger-magazine", "www.mempawahnews.id", "Mempawah News", "MempawahNews.id",
         blogger_url("www.mempawahnews.id", "mempawah-senpi"), dateline="place-dash", trailer="kontributor-sumber",
         byline="admin", author="Syarif Hamdani",
         opts={"theme": "vioro", "comments": "belum", "baca": "inline-box", "caption": "ket-foto", "date": "time",
               "share": "Bagikan:", "related": "Postingan Terkait", "label_word": "Tags:"}),
    Spec("bengkayang-baksos", "blogger-magazine", "www.perbatasanpost.com", "Perbatasan Post", "PerbatasanPost.com",
         blogger_url("www.perbatasanpost.com", "bengkayang-baksos"), dateline="upper-comma-outlet",
         trailer="three-lines-upper", byline="Perbatasan Post", author="Yohanes Kadis", editor="Martinus",
         opts={"theme": "plus", "comments": "belum", "baca": "simak", "ad": True, "share": "Sebarkan:",
               "related": "Berita Lainnya", "date": "abbr", "jsonld": True}),
    # ---- WordPress news themes
    Spec("palangkaraya-sabu", "wp-newspaper", "kaltengekspres.com", "Kalteng Ekspres", "KaltengEkspres.com",
         wp_url("kaltengekspres.com", "palangkaraya-sabu"), dateline="paren-outlet", trailer="sumber-editor-spaced-bold",
         byline="Andre Saputra", editor="Rahmat Hidayat", opts={"baca": "strong", "ad": "ADVERTISEMENT"}),
    Spec("balikpapan-rampcheck", "wp-jannah", "kaltimkita.com", "KaltimKita", "KaltimKita.com",
         wp_url("kaltimkita.com", "balikpapan-rampcheck", dated=False), dateline="outlet-first", trailer="reporter-editor",
         byline="Nanda Pratiwi", author="Nanda Pratiwi", editor="Irwan", opts={"english": True, "baca": "strong"}),
    Spec("tarakan-judol", "wp-jnews", "kaltaranews.id", "Kaltara News", "KaltaraNews.id",
         wp_url("kaltaranews.id", "tarakan-judol"), dateline="upper-dash", trailer="penulis-pipe-editor",
         byline="Sri Wahyuni", author="Sri Wahyuni", editor="Andi Mappa", opts={"inline_related": True}),
    Spec("pekanbaru-donor", "wp-jannah", "riaupos7.com", "Riau Pos 7", "RiauPos7",
         wp_url("riaupos7.com", "pekanbaru-donor"), dateline="upper-comma-dash", trailer="sumber-nocolon",
         byline="Redaksi", opts={"utc_meta": True, "caption": "wp-caption", "gnews": True}),
    Spec("makassar-tahunbaru", "wp-homemade", "sulselekspres.id", "Sulsel Ekspres", "SulselEkspres.id",
         wp_url("sulselekspres.id", "makassar-tahunbaru", dated=False), dateline="place-outlet-pipe",
         trailer="rls-tag-penulis", byline="Irfan Syam", author="Irfan Syam",
         opts={"variant": "detail", "jsonld": True, "author_top": True, "baca": "list", "gnews": True}),
    Spec("metro-arisan", "wp-jannah", "lampungraya.id", "Lampung Raya", "LampungRaya.id",
         wp_url("lampungraya.id", "metro-arisan"), dateline="upper-dash", trailer="editor-only", byline="Dwi Rahayu",
         editor="Hendra", opts={"baca": "simak", "body": "p-justify"}),
    Spec("sintang-patuh", "wp-generatepress", "metroborneo.com", "Metro Borneo", "MetroBorneo.com",
         wp_url("metroborneo.com", "sintang-patuh"), dateline="upper-strong-hyphen", trailer="sumber-editor",
         byline="Antonius", editor="Yakobus", opts={"caption": "figure"}),
    Spec("blora-curanmor", "wp-homemade", "bloranews7.com", "Blora News 7", "BloraNews7",
         wp_url("bloranews7.com", "blora-curanmor"), dateline="paren-outlet", trailer="red-tag", byline="Sugeng",
         opts={"variant": "colormag", "yoast": True, "baca": "lihat"}),
    # ---- official police portals
    Spec("singkawang-capgomeh", "portal-wp", "tribratanews.kalbar.polri.go.id", "Tribrata News Polda Kalbar",
         "Tribratanews Kalbar", wp_url("tribratanews.kalbar.polri.go.id", "singkawang-capgomeh"),
         dateline="upper-comma-outlet", trailer="humas-paren", byline="Bidhumas Kalbar", opts={"caption": "figure"}),
    Spec("jambi-minyak", "portal-odoo", "tribratanews.polri.go.id", "Tribrata News Polri", "Tribratanews.polri.go.id",
         "https://tribratanews.polri.go.id/blog/nasional-1/polda-jambi-tetapkan-tiga-tersangka-kasus-tambang-minyak-4417",
         dateline="upper-dash", trailer="none", byline="Humas Polri"),
    Spec("kapuashulu-jagung", "blogger-classic", "tribratanews.polreskapuashulu.com", "Tribratanews Polres Kapuas Hulu",
         "Tribratanews Kapuas Hulu", blogger_url("tribratanews.polreskapuashulu.com", "kapuashulu-jagung"),
         dateline="upper-dash", trailer="publish", byline="Humas Kapuas Hulu",
         opts={"theme": "awesome", "ui": "new", "abbr": "local", "body": "p-justify"}),
    Spec("samarinda-simkeliling", "portal-next", "tribratanews.kaltim.polri.go.id", "Tribratanews Polda Kaltim",
         "Tribratanews Kaltim", "https://tribratanews.kaltim.polri.go.id/berita/ditlantas-polda-kaltim-luncurkan-layanan-sim-keliling",
         dateline="upper-comma-outlet", trailer="none", byline="Bidhumas Polda Kaltim", labels=False),
    Spec("labuhanbatu-lilin", "portal-php", "polreslabuhanbatu.id", "Polres Labuhanbatu", "Polres Labuhanbatu",
         "https://polreslabuhanbatu.id/berita.php?id=1877", dateline="upper-dash", trailer="humas-paren-inline",
         labels=False),
    # ---- AMP
    Spec("blitar-tawuran", "amp", "blitarpos.id", "Blitar Pos", "BlitarPos.id",
         wp_url("blitarpos.id", "blitar-tawuran", tail="amp/"), canonical=wp_url("blitarpos.id", "blitar-tawuran"),
         dateline="upper-comma-outlet", trailer="hms-tag-editor", byline="Arif Budiman", editor="Nur Kholis",
         opts={"variant": "ampwp"}),
    Spec("gianyar-nyepi", "amp", "www.baliterkini7.com", "Bali Terkini 7", "BaliTerkini7.com",
         blogger_url("www.baliterkini7.com", "gianyar-nyepi", "?amp=1"),
         canonical=blogger_url("www.baliterkini7.com", "gianyar-nyepi"), dateline="paren-outlet", trailer="sumber-editor",
         byline="Made Wirawan", editor="Komang Ayu", opts={"variant": "blogger"}),
    Spec("mataram-tesurine", "amp", "m.lombokpost24.com", "Lombok Post 24", "LombokPost24",
         "https://m.lombokpost24.com/amp/daerah/88231/propam-polresta-mataram-gelar-tes-urine-mendadak",
         canonical="https://lombokpost24.com/daerah/88231/propam-polresta-mataram-gelar-tes-urine-mendadak",
         dateline="upper-dash", trailer="reporter-editor", byline="Baiq Nurul", author="Baiq Nurul", editor="Lalu Ahmad",
         labels=False, opts={"variant": "news"}),
    Spec("ambon-longsor", "amp", "malukuexpress.co", "Maluku Express", "MalukuExpress.co",
         "https://malukuexpress.co/amp/bhabinkamtibmas-polresta-ambon-bantu-warga-bersihkan-puing-longsor",
         canonical="https://malukuexpress.co/bhabinkamtibmas-polresta-ambon-bantu-warga-bersihkan-puing-longsor",
         dateline="comma-outlet-dot", trailer="humas-paren", byline="Jeane Pattiasina", labels=False,
         opts={"variant": "plain"}),
    # ---- home-made news CMSs
    Spec("tanahlaut-pgts", "cms", "harianbanua.com", "Harian Banua", "HarianBanua",
         "https://harianbanua.com/index.php?m=berita&id=23871", dateline="upper-dash", trailer="penulis-pipe-editor",
         author="Abdul Muis", editor="Noorhalis", labels=False, opts={"variant": "table", "body": "br"}),
    Spec("kapuas-banjir", "cms", "kaltengterkini.com", "Kalteng Terkini", "KaltengTerkini",
         "https://kaltengterkini.com/berita/2024/11/17/polres-kapuas-evakuasi-warga-terdampak-banjir-di-mantangai",
         dateline="place-dash", trailer="sumber-nocolon", author="Yosua Hendra", editor="Sinta",
         opts={"variant": "topcredits", "top": "Reporter: Yosua Hendra | Editor: Sinta"}),
    Spec("sambas-polairud", "cms", "www.sambasnews.com", "Sambas News", "SambasNews",
         "https://www.sambasnews.com/read/2024/06/10/55102/satpolairud-polres-sambas-patroli-perairan-paloh",
         dateline="upper-colon", trailer="adv-humas", labels=False, opts={"variant": "read"}),
    # ---- multi-page articles
    Spec("sumbar-netralitas", "multipage", "sumbarnews24.com", "Sumbar News 24", "Sumbarnews24.com",
         "https://sumbarnews24.com/berita/2024/09/02/kabid-humas-polda-sumbar-personel-pengamanan-pilkada-netral",
         dateline="upper-comma-outlet", trailer="sumber-nocolon", byline="Fadli Rahman", labels=False,
         opts={"variant": "query"}, pages=[[0, 1, 2], [3, 4]]),
    Spec("pontianak-upal", "multipage", "kalbarterkini.com", "Kalbar Terkini", "KalbarTerkini.com",
         wp_url("kalbarterkini.com", "pontianak-upal"), dateline="upper-dash", trailer="penulis-pipe-editor",
         byline="Candra", author="Candra Lukito", editor="Yuni", opts={"variant": "wp"},
         pages=[[0, 1, 2], [3, 4, 5], [6, 7]]),
    Spec("entikong-pospol", "multipage", "borneoexpose.com", "Borneo Expose", "BorneoExpose",
         "https://borneoexpose.com/berita/kapolda-kalbar-resmikan-pos-polisi-perbatasan-di-entikong",
         dateline="outlet-first", trailer="sumber-editor", byline="Tim Liputan", editor="Hartono",
         opts={"variant": "magazine", "theme": "median", "recap": True, "comments": "belum", "date": "abbr"},
         pages=[[0, 1, 2], [3, 4]]),
    # ==== the held-out batch: pages written after the extractor was tuned on the batch above
    Spec("manado-patroli", "blogger-contempo", "www.manadoterkini.my.id", "Manado Terkini", "manadoterkini.my.id",
         blogger_url("www.manadoterkini.my.id", "manado-patroli"), dateline="lower-domain", trailer="editor-paren",
         byline="Stevy Rumondor", editor="Jefry Lumi", batch="holdout"),
    Spec("kupang-lakalantas", "cms-more", "www.timorexpress24.com", "Timor Express 24", "TimorExpress24",
         "https://www.timorexpress24.com/index.php/berita/daerah/8812-pengendara-motor-tewas-tertabrak-truk",
         dateline="place-date", trailer="wartawan-sumber", byline="Admin Web", author="Yosef Laka",
         opts={"variant": "joomla"}, batch="holdout"),
    Spec("barelang-pmi", "wp-elementor", "batamterkini.co.id", "Batam Terkini", "BatamTerkini",
         wp_url("batamterkini.co.id", "barelang-pmi"), dateline="em-dash", trailer="sumber-slash-editor",
         byline="Nurhayati", editor="Rudi Sitorus", opts={"baca": "strong"}, batch="holdout"),
    Spec("oki-sapi", "cms-more", "www.okiexpress.id", "OKI Express", "OKIExpress",
         "https://www.okiexpress.id/berita/d-7445102/komplotan-pencuri-sapi-lintas-kabupaten-diringkus-polres-oki",
         dateline="outlet-paren-place", trailer="kmd-tag", byline="Rizki Ananda", opts={"variant": "detik"},
         batch="holdout"),
    Spec("kotim-sengketa", "wp-newsup", "sampitpost.com", "Sampit Post", "SampitPost.com",
         wp_url("sampitpost.com", "kotim-sengketa"), dateline="upper-comma-outlet", trailer="editor-semicolon-penulis",
         byline="redaksi", author="Dedi Irawan", editor="Rizal", opts={"baca": "upper-arrow", "caption": "figure"},
         batch="holdout"),
    Spec("gorut-jumatberkah", "portal-laravel", "polresgorut.id", "Polres Gorontalo Utara", "Polres Gorut",
         "https://polresgorut.id/berita/jumat-berkah-polres-gorontalo-utara-bagikan-sembako-ke-lansia",
         dateline="upper-dash", trailer="hms-only", labels=False, batch="holdout"),
    Spec("sorong-pemilu", "amp-more", "sorongraya.news", "Sorong Raya News", "SorongRaya.news",
         wp_url("sorongraya.news", "sorong-pemilu", tail="?amp"), canonical=wp_url("sorongraya.news", "sorong-pemilu"),
         dateline="upper-comma-outlet", trailer="bracket-humas", byline="Marthen Kambu",
         opts={"variant": "standard"}, batch="holdout"),
    Spec("kuburaya-narkoba", "amp-more", "www.kuburayanews.net", "Kubu Raya News", "KubuRayaNews",
         blogger_url("www.kuburayanews.net", "kuburaya-narkoba", "?amp=1"),
         canonical=blogger_url("www.kuburayanews.net", "kuburaya-narkoba"), dateline="upper-pipe",
         trailer="sumber-editor", byline="Hendri", editor="Uray Fajar", opts={"variant": "blogger2"}, batch="holdout"),
    Spec("pandeglang-pantai", "wp-soledad", "bantenpos24.com", "Banten Pos 24", "BantenPos24",
         wp_url("bantenpos24.com", "pandeglang-pantai"), dateline="paren-outlet", trailer="reporter-editor",
         byline="Ahmad Rifai", author="Ahmad Rifai", editor="Ujang S.", opts={"baca": "list", "gnews": True},
         batch="holdout"),
    Spec("kukar-banjir", "cms-more", "www.tenggarongtoday.com", "Tenggarong Today", "TenggarongToday",
         "https://www.tenggarongtoday.com/berita/personel-polres-kukar-bantu-evakuasi-warga-terdampak-banjir",
         dateline="upper-dash", trailer="pewarta-redaktur-sumber", byline="admin", author="Siti Aisyah",
         editor="M. Yusran", opts={"variant": "drupal"}, batch="holdout"),
    Spec("poso-satgas", "multipage", "sultengnews7.com", "Sulteng News 7", "SultengNews7",
         "https://sultengnews7.com/berita/satgas-madago-raya-gelar-bakti-sosial", dateline="upper-comma-outlet",
         trailer="sumber-editor", editor="Fikri", labels=False, opts={"variant": "hal"}, pages=[[0, 1, 2], [3, 4, 5]],
         batch="holdout"),
    Spec("malang-tertib", "multipage", "malangraya24.com", "Malang Raya 24", "MalangRaya24.com",
         wp_url("malangraya24.com", "malang-tertib"), dateline="upper-dash", trailer="penulis-pipe-editor",
         byline="Bagus Wicaksono", author="Bagus Wicaksono", editor="Anik", opts={"variant": "en"},
         pages=[[0, 1], [2, 3]], batch="holdout"),
    # ==== issue 12: credits in the header's meta block or after the lead, datelines in malformed markup; releases
    # republished by other outlets (each page its own id)
    Spec("kuburaya-narkoba", "wp-jnews", "wartakapuas.online", "Warta Kapuas", "Wartakapuas.online",
         wp_url("wartakapuas.online", "kuburaya-narkoba"), page_id="kuburaya-narkoba-jnews", dateline="place-alone",
         byline="Redaksi", author="Hendra Saputra", editor="Dewi Kartika", batch="issue12",
         opts={"meta": '<div class="jeg_meta_author jeg_meta_reporter"><span class="meta_text">Reporter</span> '
                       '<a href="/author/hendra/">Hendra Saputra</a></div><div class="jeg_meta_author jeg_meta_editor">'
                       '<span class="meta_text">Editor:</span> <a href="/author/dewi/">Dewi Kartika</a></div>'}),
    Spec("sanggau-kryd", "wp-soledad", "suaralandak.com", "Suara Landak", "Suara Landak",
         wp_url("suaralandak.com", "sanggau-kryd"), page_id="sanggau-kryd-soledad", dateline="paren-outlet-strong",
         byline="Admin", author="Yohanes Ding", batch="issue12", opts={"inner_byline": "Pewarta: Yohanes Ding"}),
    Spec("mempawah-senpi", "blogger-magazine", "www.kalbarupdate.com", "Kalbar Update", "KalbarUpdate.com",
         blogger_url("www.kalbarupdate.com", "mempawah-senpi"), page_id="mempawah-senpi-blogger",
         dateline="upper-dash-unclosed-b", byline="Kalbar Update", author="Rina Marlina", editor="Lisa Anggraini",
         batch="issue12",
         opts={"theme": "sora", "comments": "belum", "share": "Bagikan:", "related": "Artikel Terkait", "date": "time",
               "inner_byline": "PENULIS : Rina Marlina",
               "meta": "<span class='post-editor'>Editor: <b>Lisa Anggraini</b></span>"}),
    Spec("palangkaraya-sabu", "wp-newspaper", "borneonews7.id", "Borneo News 7", "BorneoNews7.id",
         wp_url("borneonews7.id", "palangkaraya-sabu"), page_id="palangkaraya-sabu-newspaper",
         dateline="upper-dash-unclosed-p", byline="admin", editor="Yusuf Ramadhan", batch="issue12",
         opts={"meta": '<div class="td-post-editor"><span>REDAKTUR</span> <a href="#">Yusuf Ramadhan</a></div>'}),
    Spec("ketapang-karhutla", "wp-jnews", "wartakapuas.online", "Warta Kapuas", "Wartakapuas.online",
         wp_url("wartakapuas.online", "ketapang-karhutla"), page_id="ketapang-karhutla-jnews",
         dateline="outlet-dotdash-bold", byline="Warta Kapuas", author="Agus Salim", batch="issue12",
         opts={"inner_byline": "Reporter: Agus Salim"}),
]


def page_urls(spec: Spec) -> list[str]:
    if not spec.pages:
        return [spec.url]
    v = spec.opts["variant"]
    urls = [spec.url]
    for n in range(2, len(spec.pages) + 1):
        urls.append(f"{spec.url}{n}/" if v in ("wp", "en") else f"{spec.url}?page={n}" if v == "query"
                    else f"{spec.url}?hal={n}" if v == "hal" else f"{spec.url}/{n}")
    return urls


def plain(fragment: str) -> str:
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", fragment)).split())


def render(spec: Spec) -> tuple[list[tuple[str, str, str]], dict, list[str]]:
    """[(file name, url, html)], truth, leaks."""
    a = BY_ID[spec.article]
    line_html, line_plain = dateline(spec.dateline, a.place, spec.outlet, dt(a.published))
    credit = trailer(spec.trailer, a.source, spec.author, spec.editor)
    paras = [esc(p) for p in a.paras]
    paras[0] = line_html + paras[0]
    if spec.opts.get("inner_byline"):  # "Pewarta: X" printed as a paragraph after the lead
        paras.insert(1, esc(spec.opts["inner_byline"]))
    paras[-1] = paras[-1] + credit.tail
    labels = list(a.labels) if spec.labels else []
    ctx = Ctx(a=a, host=spec.host, name=spec.name, outlet=spec.outlet, url=spec.url,
              canonical=spec.canonical or spec.url, paras=paras, trailer=credit.lines, byline=spec.byline,
              labels=labels, opts=dict(spec.opts))
    if spec.pages:
        urls = page_urls(spec)
        more = spec.opts["variant"] in ("hal", "en")
        htmls = (multipage_more if more else multipage)(ctx, spec.pages, urls)
    else:
        urls = [spec.url]
        htmls = [RENDER[spec.template](ctx)]
    files = [(f"{spec.id}.html" if len(htmls) == 1 else f"{spec.id}-p{i}.html", u, h)
             for i, (u, h) in enumerate(zip(urls, htmls), start=1)]
    fields = dict(credit.fields)
    if spec.opts.get("top") or spec.opts.get("meta") or spec.opts.get("inner_byline"):
        # credits printed above the text ("Reporter: X | Editor: Y"), in the header's meta block, or after the lead
        fields.setdefault("author", spec.author)
        fields.setdefault("editor", spec.editor)
    host = spec.host[4:] if spec.host.startswith("www.") else spec.host[2:] if spec.host.startswith("m.") else spec.host
    truth = {
        "url": spec.url, "canonical_url": spec.canonical or spec.url, "site": host, "site_name": spec.name,
        "title": a.title, "published": a.published, "modified": ctx.opts.get("_modified"),
        "author": fields.get("author") or spec.byline, "editor": fields.get("editor"),
        "source_credit": fields.get("source_credit"),
        "dateline": a.place if line_plain else None, "event_date": a.event,
        "text": "\n\n".join(a.paras), "labels": labels, "units": a.units,
        "persons": [{"name": n, "rank": r, "position": p} for n, r, p in a.persons], "language": "id",
    }
    leaks = list(dict.fromkeys(ctx.leaks + [plain(line) for line in credit.lines] + ([plain(credit.tail)] if credit.tail else [])
                               + ([line_plain.strip(" –-|:,.")] if line_plain and spec.dateline != "place-dash" else [])))
    return files, truth, leaks


def _leaks_in_truth(text: str, leaks: list[str]) -> list[str]:
    return [s for s in leaks if re.search(rf"(?<!\w){re.escape(s)}(?!\w)", text, re.I)]


def main() -> int:
    PAGES.mkdir(exist_ok=True)
    for old in PAGES.glob("*.html"):
        old.unlink()
    index = []
    for spec in SPECS:
        files, truth, leaks = render(spec)
        # leak strings that legitimately occur in the article (the place, a unit) are not leaks
        bad = _leaks_in_truth(truth["text"] + "\n" + truth["title"], leaks)
        leaks = [s for s in leaks if s not in bad and len(s) >= 4]
        for name, _, html in files:
            (PAGES / name).write_text(html, encoding="utf-8")
        template = spec.template if not spec.pages else f"multipage-{spec.opts['variant']}"
        index.append({"id": spec.id, "template": template, "family": FAMILY[spec.template], "batch": spec.batch,
                      "files": [f"pages/{name}" for name, _, _ in files], "urls": [u for _, u, _ in files],
                      "truth": truth, "leaks": leaks})
    (HERE / "truth.json").write_text(json.dumps(index, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    families = {entry["family"] for entry in index}
    print(f"wrote {sum(len(e['files']) for e in index)} pages of {len(index)} articles in {len(families)} families "
          f"({len({e['template'] for e in index})} templates) to {PAGES}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
