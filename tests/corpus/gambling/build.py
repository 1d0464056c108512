"""Write the gambling corpus's pages: ``python tests/corpus/gambling/build.py`` (deterministic).

``pages/honest-NN.html`` (and ``honest-b2-NN.html``, a second batch written later as fresh held-out pages)
are the releases of honest.py in five news templates (WordPress theme, Blogger theme,
police portal, AMP, home-made CMS); ``pages/spam-NN.html`` the spam of spam.py in its layout, built on the same
site templates where a hijacker keeps them (``post``, ``cloaked``, ``gov``). The file name is the truth.

``pages/honest-b3-NN.html`` and ``pages/spam-b3-NN.html`` are batch b3 (honest_b3.py, spam_b3.py), written blind,
without the classifier's rules in view, as held-out data. It adds its own layouts, used by b3 only so that the pages
of batches "" and "b2-" stay byte-identical: honest pages also in a tribratanews Odoo blog, an English-language news
site, a regional government portal, a national news portal with "Baca juga" links and a bare text page; spam also
in ``amp``, ``wp_hijack``, ``blogspot``, ``english``, ``fake_news``, ``short``, ``gov_sub`` and ``linkcloud`` (see
spam_b3.py), with links to its own hosts and obfuscated anchors.

``pages/honest-b4-NN.html`` and ``pages/spam-b4-NN.html`` are batch b4 (honest_b4.py, spam_b4.py), also written
blind, without the classifier's rules in view, as held-out data. Its sites lie outside Kalimantan Barat (Sumatra,
Java, Sulawesi, Papua, Bali) and its layouts are its own (``build_b4``): a regional news theme, a school or
university CMS, a village (OpenSID) website and a post with a comment section serve both classes; honest pages also
in a Polda tribratanews WordPress, a Polres press release with its number, an English news wire, an op-ed and an
institution's site (DPR/DPRD, PPATK, a bank, a court, Kemenag, BKPSDM); spam also in ``gambar`` (banners with alt
text only), ``meta`` (keywords and JSON-LD stuffed in the head, a short body), ``data`` (result and RTP tables) and
``landing`` (payment badges). Its paragraphs may hold tables (a tuple of rows) and "## " subheadings.
"""

from __future__ import annotations

import html
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from honest import HONEST, HONEST_B2  # noqa: E402
from honest_b3 import HONEST_B3  # noqa: E402
from honest_b4 import HONEST_B4  # noqa: E402
from spam import SPAM, SPAM_B2  # noqa: E402
from spam_b3 import SPAM_B3  # noqa: E402
from spam_b4 import SPAM_B4  # noqa: E402

OUTLETS = [("Kalbar Terkini", "kalbarterkini.com"), ("Suara Borneo", "suaraborneo.id"),
           ("Pontianak Today", "pontianaktoday.net"), ("Warta Khatulistiwa", "wartakhatulistiwa.co.id"),
           ("Info Sambas", "infosambas.blogspot.com"), ("Tribrata News Polres Ketapang", "tribratanews.ketapang.go.id")]
GAMBLING_HOSTS = ["slot88gacor.xyz", "togelresmi.net", "maxwin77.com", "pusat4d.org", "gacor-hari-ini.site",
                  "hoki99.vip", "sbobet-resmi.asia", "idnpoker88.club", "rtpslot.live", "zeus-gacor.bet",
                  "bit.ly/slotgacor77", "s.id/togel4d", "link-alternatif.top", "bandar-togel.fun"]
GAMBLING_ANCHORS = ["slot gacor", "situs togel", "link slot88", "daftar slot", "togel online", "slot maxwin",
                    "judi bola", "situs slot resmi", "bandar togel", "rtp live", "slot thailand", "login pusat4d",
                    "casino online", "poker online", "slot deposit dana"]
HEADLINES = ["Polres Landak Gelar Bakti Sosial di Desa Terpencil", "Kapolda Kalbar Tinjau Pos Pengamanan Mudik",
             "Satlantas Sosialisasikan Tertib Berlalu Lintas", "Pemkab Sanggau Resmikan Jembatan Gantung",
             "Banjir Rendam Tiga Kecamatan di Kapuas Hulu", "Harga Karet Naik, Petani Tersenyum",
             "Polsek Siantan Amankan Pelaku Curanmor", "Vaksinasi Anak Digelar di Puskesmas Kota"]
NAV_NEWS = ["Beranda", "Daerah", "Hukum &amp; Kriminal", "Polri", "Ekonomi", "Olahraga", "Opini"]
NAV_POLICE = ["Beranda", "Profil", "Polres", "Polsek Jajaran", "Humas", "Pelayanan", "Kontak"]


def esc(text: str) -> str:
    return html.escape(text, quote=True)


def paragraphs(paras: list[str]) -> str:
    return "\n".join(f"<p>{esc(p)}</p>" for p in paras)


def nav(items: list[str], host: str) -> str:
    return "<ul class=\"menu\">" + "".join(
        f'<li><a href="https://{host}/category/{i}">{label}</a></li>' for i, label in enumerate(items)) + "</ul>"


def sidebar(rng: random.Random, host: str) -> str:
    picks = rng.sample(HEADLINES, 4)
    return ("<aside class=\"widget\"><h3>Berita Terpopuler</h3><ul>" + "".join(
        f'<li><a href="https://{host}/{2024}/{rng.randint(1, 12):02d}/{i}.html">{esc(h)}</a></li>'
        for i, h in enumerate(picks)) + "</ul></aside>")


def share(url: str) -> str:
    return (f'<div class="share"><a href="https://www.facebook.com/sharer.php?u={url}">Facebook</a> '
            f'<a href="https://twitter.com/intent/tweet?url={url}">Twitter</a> '
            f'<a href="https://api.whatsapp.com/send?text={url}">WhatsApp</a></div>')


def gambling_links(rng: random.Random, n: int) -> str:
    return "\n".join(f'<a href="https://{rng.choice(GAMBLING_HOSTS)}/?ref={rng.randint(1, 999)}">'
                     f"{rng.choice(GAMBLING_ANCHORS)}</a>" for _ in range(n))


def page(title: str, head_extra: str, body: str, lang: str = "id") -> str:
    return (f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8"><title>{esc(title)}</title>'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">{head_extra}</head>\n'
            f"<body>\n{body}\n</body></html>\n")


# -- honest templates -------------------------------------------------------------------------

def wordpress(title, body_html, outlet, rng):
    name, host = outlet
    url = f"https://{host}/2024/06/{rng.randint(100, 999)}/"
    return page(f"{title} - {name}", f'<meta property="og:site_name" content="{esc(name)}">'
                f'<link rel="canonical" href="{url}">',
                f'<header class="site-header"><a class="logo" href="https://{host}/">{esc(name)}</a>'
                f'{nav(NAV_NEWS, host)}</header><main><article class="post"><h1 class="entry-title">{esc(title)}</h1>'
                f'<div class="entry-meta">Diterbitkan {rng.randint(1, 28)} Juni 2024 oleh Redaksi</div>'
                f'<div class="entry-content">{body_html}</div>{share(url)}'
                f'<div class="tags">Tag: <a href="https://{host}/tag/kriminal">Kriminal</a></div></article>'
                f'{sidebar(rng, host)}</main><footer>&copy; 2024 {esc(name)} · '
                f'<a href="https://{host}/redaksi">Redaksi</a> · <a href="https://{host}/pedoman">Pedoman Media Siber'
                f'</a></footer>')


def blogger(title, body_html, outlet, rng):
    name, host = outlet
    url = f"https://{host}/2024/06/post-{rng.randint(100, 999)}.html"
    return page(f"{name}: {title}", f"<link rel=\"canonical\" href=\"{url}\">"
                "<script type='text/javascript'>var blogger = {};</script>",
                f"<div class='header'><h1><a href='https://{host}/'>{esc(name)}</a></h1>{nav(NAV_NEWS[:4], host)}</div>"
                f"<div class='main'><div class='post hentry'><h3 class='post-title entry-title'>{esc(title)}</h3>"
                f"<div class='post-body entry-content'>{body_html}</div><div class='post-footer'>Label: "
                f"<a href='https://{host}/search/label/Kamtibmas'>Kamtibmas</a></div>{share(url)}</div>"
                f"<div class='related'>{sidebar(rng, host)}</div></div><div class='footer'>Powered by "
                f"<a href='https://www.blogger.com'>Blogger</a></div>")


def portal(title, body_html, outlet, rng):
    name, host = OUTLETS[5]
    return page(f"{title} | {name}", "",
                f'<div id="top"><img src="/logo.png" alt="Polri"><span>{esc(name)}</span>{nav(NAV_POLICE, host)}</div>'
                f'<div class="container"><div class="berita"><h2>{esc(title)}</h2><small>Humas Polres · '
                f'{rng.randint(1, 28)}/06/2024</small>{body_html}</div>{sidebar(rng, host)}</div>'
                f'<div id="footer">Bidhumas Polda Kalbar · <a href="https://polri.go.id">Polri</a> · '
                f'<a href="https://www.instagram.com/humaspolres">Instagram</a></div>')


def amp(title, body_html, outlet, rng):
    name, host = outlet
    return page(title, '<script async src="https://cdn.ampproject.org/v0.js"></script>'
                f'<link rel="canonical" href="https://{host}/read/{rng.randint(1000, 9999)}">',
                f'<header><a href="https://{host}/">{esc(name)}</a></header><article><h1>{esc(title)}</h1>'
                f"{body_html}</article><footer>{esc(name)}</footer>").replace("<html ", "<html amp ")


def cms(title, body_html, outlet, rng):
    name, host = outlet
    return page(f"{name} - {title}", "",
                f'<table width="100%"><tr><td colspan="2"><b>{esc(name)}</b> | <a href="https://{host}/index.php">'
                f'Home</a> | <a href="https://{host}/kanal/hukum">Hukum</a></td></tr><tr><td width="70%">'
                f'<h1>{esc(title)}</h1><i>Rabu, {rng.randint(1, 28)} Juni 2024</i>{body_html}'
                f'<p>Editor: Redaksi</p></td><td valign="top">{sidebar(rng, host)}</td></tr></table>')


HONEST_TEMPLATES = [wordpress, blogger, portal, amp, cms]


# -- spam layouts -----------------------------------------------------------------------------

def landing(title, paras, rng):
    brand = rng.choice(["SLOT88", "GACOR77", "PUSAT4D", "HOKI99", "MAXWIN88"])
    return page(title, f'<meta name="description" content="{esc(paras[0][:150])}">'
                '<link rel="amphtml" href="https://amp-slot.pages.dev/">',
                f'<div class="topbar"><a class="btn" href="https://{rng.choice(GAMBLING_HOSTS)}/daftar">DAFTAR</a>'
                f'<a class="btn" href="https://{rng.choice(GAMBLING_HOSTS)}/login">LOGIN</a></div>'
                f'<h1>{esc(title)}</h1><img src="/banner-{brand.lower()}.webp" alt="{brand}">{paragraphs(paras)}'
                f'<div class="providers">{gambling_links(rng, rng.randint(6, 14))}</div>'
                f'<footer>&copy; 2024 {brand} · 18+ · Bermain dengan bijak</footer>')


def spam_post(title, paras, rng):
    template = rng.choice([wordpress, blogger])
    body = paragraphs(paras) + f'<p>{gambling_links(rng, rng.randint(2, 5))}</p>'
    return template(title, body, rng.choice(OUTLETS[:5]), rng)


def linkfarm(title, paras, rng):
    items = "".join(f"<li>{gambling_links(rng, 1)}</li>" for _ in range(rng.randint(25, 45)))
    return page(title, "", f"<h1>{esc(title)}</h1>{paragraphs(paras)}<ol class=\"list\">{items}</ol>")


def cloaked(title, paras, rng):
    """The police portal's own template around a spam body, with hidden link blocks (served to crawlers)."""
    hidden = rng.choice(['style="display:none"', 'style="position:absolute;left:-9999px"',
                         'style="height:0;overflow:hidden"'])
    body = paragraphs(paras) + f'<div {hidden}>{gambling_links(rng, rng.randint(15, 30))}</div>'
    return portal(title, body, None, rng)


def redirect(title, paras, rng):
    target = rng.choice(GAMBLING_HOSTS)
    return page(title, f'<meta http-equiv="refresh" content="0;url=https://{target}/">'
                f'<script>if(!/bot|crawl|spider/i.test(navigator.userAgent)){{location.href="https://{target}/"}}'
                "</script>", f"<h1>{esc(title)}</h1>{paragraphs(paras)}{gambling_links(rng, rng.randint(3, 6))}")


def gov(title, paras, rng):
    office, _, _ = title.partition(" – ")
    host = "desa-sukamaju.sanggau.go.id" if "Desa" in office else "disdik.ketapangkab.go.id"
    return page(title, "", f'<div class="header">{esc(office)} · Pemerintah Kabupaten</div>{nav(NAV_POLICE[:3], host)}'
                f"<h1>{esc(title)}</h1>{paragraphs(paras)}<div class=\"links\">{gambling_links(rng, rng.randint(4, 20))}"
                "</div>")


SPAM_LAYOUTS = {"landing": landing, "post": spam_post, "linkfarm": linkfarm, "cloaked": cloaked,
                "redirect": redirect, "gov": gov}


# -- batch b3: further layouts (used by b3 only, so batches "" and "b2-" are unchanged) ----------

EN_OUTLETS = [("The Equator Observer", "equatorobserver.com"), ("Archipelago Daily", "archipelagodaily.id")]
GOV_OUTLETS = [("Portal Resmi Pemerintah Kabupaten Kubu Raya", "kuburayakab.go.id"),
               ("Diskominfo Provinsi Kalimantan Barat", "diskominfo.kalbarprov.go.id")]
NATIONAL_OUTLETS = [("Kabar Nusantara", "kabarnusantara.co.id"), ("Detak Borneo", "detakborneo.com")]
ODOO_HOST = "tribratanews.kalbar.polri.go.id"
POLICE_HEADLINES = ["Polres Sanggau Gelar Apel Kesiapan Operasi Ketupat Kapuas",
                    "Kapolsek Sungai Kakap Sambangi Nelayan di Dermaga", "Satresnarkoba Sintang Amankan 12 Gram Sabu",
                    "Polres Kubu Raya Salurkan Bantuan Air Bersih saat Kemarau",
                    "Polwan Polresta Pontianak Ajak Siswa Tertib Berlalu Lintas",
                    "Bhabinkamtibmas Kawal Penyaluran BLT Dana Desa", "Patroli Karhutla di Lahan Gambut Rasau Jaya",
                    "Polres Ketapang Ungkap Kasus Illegal Logging"]
MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
          "November", "Desember"]
B3_HOSTS = ["s1otg4cor.click", "t0gel-resmi.win", "zeus-maxwin.xyz", "mahjong-wins3.site", "kakek-merah.lol",
            "toto4d-login.pro", "gacorkan.biz", "rtp-hariini.store", "sv388-resmi.cc", "parlay-bola.vip",
            "cutt.ly/s1ot-vip", "heylink.me/gacor-b3", "linktr.ee/t0gelmacau", "wa.me/6281234567890"]
B3_ANCHORS = ["s1ot g4cor", "t0gel online", "slot\u2011gacor", "s l o t 8 8", "LOGIN ALTERNATIF", "DAFTAR",
              "situs toto", "\u0455lot maxwin", "rtp live", "link gacor", "bandar b0la", "mahjong wins 3",
              "slot kamboja", "akun pro", "casino online", "sv388 login", "bonus new member", "Klaim freebet"]


def b3_links(rng: random.Random, n: int, sep: str = "\n") -> str:
    return sep.join(f'<a href="https://{rng.choice(B3_HOSTS)}/?id={rng.randint(1, 9999)}" rel="nofollow">'
                    f"{esc(rng.choice(B3_ANCHORS))}</a>" for _ in range(n))


def police_sidebar(rng: random.Random, host: str) -> str:
    picks = rng.sample(POLICE_HEADLINES, 5)
    return ('<aside class="widget widget_recent_entries"><h3>Berita Polri Terbaru</h3><ul>' + "".join(
        f'<li><a href="https://{host}/{rng.choice([2023, 2024, 2025])}/{rng.randint(1, 12):02d}/'
        f'{h.lower().replace(" ", "-")}/">{esc(h)}</a></li>' for h in picks) + "</ul></aside>")


def date_id(rng: random.Random) -> str:
    return f"{rng.randint(1, 28)} {rng.choice(MONTHS)} {rng.choice([2024, 2025])}"


# honest templates of b3

def odoo(title, body_html, outlet, rng):
    """tribratanews on Odoo's website blog: /blog/<blog>-<id>/<post>-<id>."""
    post = rng.randint(1000, 99999)
    url = f"https://{ODOO_HOST}/blog/berita-polres-1/post-{post}"
    return page(f"{title} | Tribrata News Polda Kalbar", f'<link rel="canonical" href="{url}">'
                '<meta name="generator" content="Odoo">',
                f'<div id="wrapwrap"><header class="o_header_standard"><a class="navbar-brand" href="/">Tribrata News'
                f' Polda Kalbar</a>{nav(NAV_POLICE, ODOO_HOST)}</header><main><div id="o_wblog_post_top">'
                f'<h1 class="o_wblog_post_title">{esc(title)}</h1><div class="o_wblog_post_meta">'
                f'<span>{date_id(rng)}</span> · <a href="/blog/berita-polres-1">Berita Polres</a></div></div>'
                f'<div class="o_wblog_post_content_field">{body_html}</div>'
                f'<div class="o_wblog_tags"><a href="/blog/tag/kamtibmas-3">Kamtibmas</a> '
                f'<a href="/blog/tag/reskrim-7">Reskrim</a></div>{police_sidebar(rng, ODOO_HOST)}</main>'
                f'<footer class="o_footer">Bidhumas Polda Kalbar · Jl. Jenderal Ahmad Yani, Pontianak</footer></div>')


def english_news(title, body_html, outlet, rng):
    name, host = rng.choice(EN_OUTLETS)
    url = f"https://{host}/news/{rng.randint(10000, 99999)}"
    return page(f"{title} | {name}", f'<link rel="canonical" href="{url}"><meta property="og:type" content="article">',
                f'<header><a href="https://{host}/">{esc(name)}</a><nav><a href="https://{host}/national">National</a> '
                f'<a href="https://{host}/crime">Crime</a> <a href="https://{host}/business">Business</a></nav></header>'
                f'<article><h1>{esc(title)}</h1><p class="byline">By Staff Reporter · {rng.randint(1, 28)} '
                f'{rng.choice(["March", "July", "October"])} 2025</p>{body_html}{share(url)}</article>'
                f'<footer>&copy; 2025 {esc(name)}</footer>', lang="en")


def gov_news(title, body_html, outlet, rng):
    name, host = rng.choice(GOV_OUTLETS)
    return page(f"{title} - {name}", "",
                f'<div class="gov-header"><img src="/assets/logo-kab.png" alt="Logo"><b>{esc(name)}</b></div>'
                f'{nav(["Beranda", "Profil Daerah", "Berita", "Pengumuman", "PPID", "Layanan Publik"], host)}'
                f'<section class="berita-detail"><h2>{esc(title)}</h2><span class="tgl">{date_id(rng)} · '
                f'Admin Diskominfo</span>{body_html}</section><aside><h4>Pengumuman</h4><ul><li>'
                f'<a href="https://{host}/pengumuman/seleksi-pppk">Seleksi PPPK</a></li><li>'
                f'<a href="https://{host}/pengumuman/jadwal-posyandu">Jadwal Posyandu</a></li></ul></aside>'
                f'<footer>Hak Cipta {esc(name)}</footer>')


def national_portal(title, body_html, outlet, rng):
    """A big news portal: breadcrumb, ads, "Baca juga" links to other gambling-crime news inside the body."""
    name, host = rng.choice(NATIONAL_OUTLETS)
    related = ["Polisi Buru Bandar Togel yang Kabur ke Malaysia", "Ribuan Rekening Judi Online Diblokir",
               "Mengapa Judi Online Sulit Diberantas?", "Admin Situs Slot Divonis 2 Tahun"]
    pick = rng.sample(related, 2)
    baca = "".join(f'<p class="baca-juga"><strong>Baca juga:</strong> <a href="https://{host}/hukum/'
                   f'{rng.randint(100000, 999999)}">{esc(r)}</a></p>' for r in pick)
    parts = body_html.split("\n")
    body = "\n".join(parts[:1] + [baca] + parts[1:])
    return page(f"{title} : {name}", f'<meta name="keywords" content="judi online, kriminal, polri">'
                f'<link rel="canonical" href="https://{host}/hukum/{rng.randint(100000, 999999)}">',
                f'<div class="ads-top"><ins class="adsbygoogle"></ins></div><header><a href="https://{host}/">'
                f'{esc(name)}</a>{nav(["News", "Hukum", "Regional", "Ekonomi", "Bola", "Tekno"], host)}</header>'
                f'<nav class="breadcrumb"><a href="https://{host}/">Home</a> › <a href="https://{host}/hukum">Hukum'
                f'</a></nav><article><h1>{esc(title)}</h1><div class="author">Penulis: Tim Redaksi | Editor: '
                f'Redaksi · {date_id(rng)}</div><div class="read__content">{body}</div>'
                f'<div class="tag">Tag: <a href="https://{host}/tag/judi-online">judi online</a> '
                f'<a href="https://{host}/tag/polri">polri</a></div></article>{sidebar(rng, host)}'
                f'<footer>{esc(name)} · Pedoman Media Siber · Kode Etik</footer>')


def lite(title, body_html, outlet, rng):
    """A bare mobile page (text-only mirror)."""
    name, host = outlet
    return page(title, "", f'<p><a href="https://{host}/">{esc(name)}</a></p><h3>{esc(title)}</h3>{body_html}'
                f'<p><a href="https://{host}/">Kembali</a></p>')


HONEST_B3_TEMPLATES = {"wordpress": wordpress, "blogger": blogger, "portal": portal, "amp": amp, "cms": cms,
                       "odoo": odoo, "english": english_news, "gov": gov_news, "national": national_portal,
                       "lite": lite}
HONEST_B3_ROTATION = ["odoo", "wordpress", "national", "blogger", "gov", "portal", "amp", "cms", "lite"]


# spam layouts of b3

def amp_spam(title, paras, rng):
    """An AMP page of a hijacked news domain serving the casino."""
    body = paragraphs(paras) + f'<div class="amp-cta">{b3_links(rng, rng.randint(3, 8))}</div>'
    return amp(title, body, rng.choice(OUTLETS[:5]), rng)


def wp_hijack(title, paras, rng):
    """A spam post in the hijacked WordPress site, its sidebar of police news links kept."""
    name, host = rng.choice(OUTLETS[:4])
    url = f"https://{host}/{rng.choice(['slot', 'togel', 'news', 'berita'])}-{rng.randint(10, 999)}/"
    body = paragraphs(paras) + f'<p class="btn-wrap">{b3_links(rng, rng.randint(1, 4), " ")}</p>'
    return page(f"{title} – {name}", f'<meta property="og:site_name" content="{esc(name)}">'
                f'<link rel="canonical" href="{url}"><meta name="generator" content="WordPress 6.4.3">',
                f'<header class="site-header"><a class="logo" href="https://{host}/">{esc(name)}</a>'
                f'{nav(NAV_NEWS, host)}</header><main><article class="post type-post"><h1 class="entry-title">'
                f'{esc(title)}</h1><div class="entry-meta">{date_id(rng)} · admin</div><div class="entry-content">'
                f'{body}</div></article><div id="secondary">{police_sidebar(rng, host)}{sidebar(rng, host)}</div>'
                f'</main><footer>&copy; {esc(name)} · Polri Presisi</footer>')


def blogspot(title, paras, rng):
    """A Blogger blog turned casino (the blog title kept, a gambling label added)."""
    body = paragraphs(paras) + f"<p>{b3_links(rng, rng.randint(2, 6), ' | ')}</p>"
    html_text = blogger(title, body, OUTLETS[4], rng)
    return html_text.replace("search/label/Kamtibmas'>Kamtibmas", "search/label/Slot%20Gacor'>Slot Gacor")


def english_spam(title, paras, rng):
    brand = rng.choice(["LUCKY303", "ROYALSPIN", "JACKPOTASIA", "NAGAWIN"])
    return page(title, f'<meta name="description" content="{esc(paras[0][:140])}">'
                f'<meta property="og:locale" content="en_US">',
                f'<nav><a href="https://{rng.choice(B3_HOSTS)}/register">SIGN UP</a> '
                f'<a href="https://{rng.choice(B3_HOSTS)}/login">LOGIN</a></nav><h1>{esc(title)}</h1>'
                f'<img src="/img/{brand.lower()}.png" alt="{brand}">{paragraphs(paras)}'
                f'<div class="games">{b3_links(rng, rng.randint(5, 10))}</div><footer>{brand} © 2025 · '
                'Licensed by PAGCOR · 18+</footer>', lang="en")


def fake_news(title, paras, rng):
    """A casino page posing as a news article (a news portal look, a dateline, a byline)."""
    name, host = rng.choice(NATIONAL_OUTLETS + [OUTLETS[0], OUTLETS[2]])
    body = paragraphs(paras) + f'<p class="baca-juga"><strong>Baca juga:</strong> {b3_links(rng, 2, " · ")}</p>'
    return page(f"{title} : {name}", f'<link rel="canonical" href="https://{host}/news/{rng.randint(1000, 9999)}">',
                f'<header><a href="https://{host}/">{esc(name)}</a>{nav(NAV_NEWS, host)}</header><article>'
                f'<h1>{esc(title)}</h1><div class="author">Reporter: Redaksi · {date_id(rng)}</div>'
                f'<div class="read__content">{body}</div></article>{sidebar(rng, host)}'
                f'<footer>{esc(name)}</footer>')


def short(title, paras, rng):
    return page(title, "", f"<h1>{esc(title)}</h1>{paragraphs(paras)}{b3_links(rng, rng.randint(1, 2))}")


def gov_sub(title, paras, rng):
    """A spam page on a government subdomain whose CMS template is kept."""
    host = rng.choice(["ppid.landakkab.go.id", "simpeg.melawikab.go.id", "jdih.sekadaukab.go.id",
                       "elearning.smkn2-sambas.sch.id", "bappeda.kapuashulukab.go.id", "sipd.sintang.go.id"])
    office = host.split(".")[0].upper()
    return page(title, '<meta name="author" content="Pemerintah Daerah">',
                f'<div class="gov-header"><img src="/assets/garuda.png" alt="Garuda"><b>{office} · {esc(host)}</b>'
                f'</div>{nav(["Beranda", "Profil", "Informasi Publik", "Regulasi", "Kontak"], host)}'
                f'<section class="konten"><h2>{esc(title)}</h2>{paragraphs(paras)}'
                f'<div class="tautan">{b3_links(rng, rng.randint(3, 12), " ")}</div></section>'
                f'<footer>Dikelola oleh Dinas Komunikasi dan Informatika</footer>')


def linkcloud(title, paras, rng):
    """A link farm: a tag cloud of casino anchors around one or two lines."""
    cloud = " ".join(f'<a style="font-size:{rng.randint(10, 28)}px" href="https://{rng.choice(B3_HOSTS)}/'
                     f'{rng.randint(1, 500)}">{esc(rng.choice(B3_ANCHORS + GAMBLING_ANCHORS))}</a>'
                     for _ in range(rng.randint(30, 60)))
    return page(title, '<meta name="robots" content="index,follow">',
                f"<h2>{esc(title)}</h2>{paragraphs(paras)}<div class=\"tagcloud\">{cloud}</div>")


SPAM_LAYOUTS_B3 = {**SPAM_LAYOUTS, "amp": amp_spam, "wp_hijack": wp_hijack, "blogspot": blogspot,
                   "english": english_spam, "fake_news": fake_news, "short": short, "gov_sub": gov_sub,
                   "linkcloud": linkcloud}


def build_b3(out: Path) -> list[Path]:
    written = []
    for i, entry in enumerate(HONEST_B3):
        title, paras = entry[0], entry[1]
        rng = random.Random(f"honest-b3-{i}")
        name = entry[2] if len(entry) > 2 else HONEST_B3_ROTATION[i % len(HONEST_B3_ROTATION)]
        path = out / f"honest-b3-{i:02d}.html"
        path.write_text(HONEST_B3_TEMPLATES[name](title, paragraphs(paras), rng.choice(OUTLETS[:5]), rng),
                        encoding="utf-8")
        written.append(path)
    for i, (title, paras, layout) in enumerate(SPAM_B3):
        rng = random.Random(f"spam-b3-{i}")
        path = out / f"spam-b3-{i:02d}.html"
        path.write_text(SPAM_LAYOUTS_B3[layout](title, paras, rng), encoding="utf-8")
        written.append(path)
    return written


# -- batch b4: further layouts and templates (used by b4 only, so the earlier batches are unchanged) -----
# The sites are spread over Sumatra, Java, Sulawesi, Papua and Bali; several templates serve both classes (a
# regional news theme, a school CMS, a village website, a post with a comment section), so that the site's look
# tells nothing about the page.

B4_OUTLETS = [("Warta Andalas", "wartaandalas.com", "Padang"), ("Sumut Terkini", "sumutterkini.id", "Medan"),
              ("Kabar Priangan", "kabarpriangan.co.id", "Garut"), ("Jatim Satu", "jatimsatu.news", "Surabaya"),
              ("Celebes Pos Online", "celebespos.online", "Makassar"), ("Suara Cenderawasih", "suaracenderawasih.id",
                                                                           "Jayapura"),
              ("Bali Dwipa News", "balidwipanews.com", "Denpasar"), ("Lampung Kini", "lampungkini.co", "Bandar Lampung"),
              ("Banyumas Ekspres", "banyumasekspres.id", "Purwokerto"), ("Nyiur Update", "nyiurupdate.com", "Manado")]
B4_HEADLINES = ["Jalan Provinsi Amblas, Warga Minta Perbaikan Segera", "Harga Cabai Rawit Tembus Rp 80 Ribu per Kilo",
                "Festival Danau Toba Kembali Digelar Akhir Pekan Ini", "Ratusan Guru PPPK Terima SK Pengangkatan",
                "Longsor Tutup Akses Jalan Trans Papua di Jayawijaya", "Ogoh-ogoh Diarak Jelang Nyepi di Denpasar",
                "Satlantas Gelar Operasi Zebra, Ribuan Pelanggar Ditilang", "PSM Makassar Bidik Tiga Poin di Kandang",
                "Dinkes Catat Lonjakan Kasus DBD di Awal Musim Hujan", "Pelabuhan Bakauheni Dipadati Pemudik"]
B4_HOSTS = ["sabung388.live", "s128-resmi.asia", "totomacau-result.vip", "slotdana-tanpapotongan.site",
            "scatterhitam.fun", "akunpro-thailand.net", "casino-usdt.io", "baccarat88live.com", "arisanberkah.xyz",
            "slotpulsa-indosat.store", "t.ly/gacor-b4", "rebrand.ly/toto-b4", "t.me/adminjp_b4", "lynk.id/slotb4",
            "sites.google.com/view/rtp-b4", "amp.gacorwin.cfd"]
B4_ANCHORS = ["sabung ayam online", "S128 login", "SV388", "toto macau", "result macau 4D", "slot dana",
              "slot pulsa tanpa potongan", "scatter hitam", "akun pro thailand", "baccarat online", "casino crypto",
              "deposit USDT", "RTP live hari ini", "DAFTAR SEKARANG", "LOGIN", "klaim bonus", "situs toto",
              "link resmi", "main sekarang", "dolanan slot", "bandar sabung ayam", "live draw macau"]
B4_COMMENTS_HONEST = [("Andi S.", "Mantap, lanjutkan pak polisi. Bandar besarnya juga harus diusut."),
                      ("Ibu Rina", "Suami tetangga saya habis jual motor gara-gara main slot. Semoga pada jera."),
                      ("Yoseph W.", "Di kompleks kami tiap malam masih ada yang pasang angka, mohon patroli."),
                      ("bung_rudi", "kok yang ditangkap cuma yang kecil2 aja ya"),
                      ("Made Artha", "Suksma atas kerjanya, semeton. Tajen berkedok adat juga perlu ditertibkan."),
                      ("Hasanuddin", "Judi itu penyakit, sekali kena susah berhenti. Anak muda hati-hati."),
                      ("Lina Marlina", "Tolong iklan-iklan judol di medsos juga diberantas, anak saya sering lihat."),
                      ("Tigor", "Salut untuk Polres, tapi jangan hangat-hangat tahi ayam.")]
B4_COMMENTS_SPAM = [("Bang Jago", "WD 14 juta barusan masuk bosku, situsnya beneran bayar. Cek profil saya."),
                    ("slotdana_official", "Mau gacor? Main di situs kami, deposit DANA 5rb tanpa potongan."),
                    ("Mas Teguh", "Scatter hitam turun 3x, modal 50rb jadi 3jt. Makasih admin!"),
                    ("Ayu Cantik", "Yang mau akun pro thailand chat WA aku ya kak, slot terbatas."),
                    ("Kang Ujang", "Sabung ayam S128 hari ini meron menang terus, gas bosku."),
                    ("admin_toto", "Result macau jam 22.00 sudah keluar, pasang di link bio."),
                    ("Rizky88", "Baru daftar langsung dapet freebet 20rb, mantul.")]


def date_b4(rng: random.Random) -> str:
    return f"{rng.randint(1, 28)} {rng.choice(MONTHS)} 2025"


def b4_links(rng: random.Random, n: int, sep: str = "\n") -> str:
    return sep.join(f'<a href="https://{rng.choice(B4_HOSTS)}/?r={rng.randint(1, 99999)}" target="_blank">'
                    f"{esc(rng.choice(B4_ANCHORS))}</a>" for _ in range(n))


def b4_body(paras: list) -> str:
    """Paragraphs of b4: a str is a paragraph ("## " starts a subheading), a tuple of rows a table (row 0 the head)."""
    out = []
    for p in paras:
        if isinstance(p, tuple):
            head = "".join(f"<th>{esc(str(c))}</th>" for c in p[0])
            rows = "".join("<tr>" + "".join(f"<td>{esc(str(c))}</td>" for c in row) + "</tr>" for row in p[1:])
            out.append(f'<table class="tabel"><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>')
        elif p.startswith("## "):
            out.append(f"<h2>{esc(p[3:])}</h2>")
        else:
            out.append(f"<p>{esc(p)}</p>")
    return "\n".join(out)


def b4_slug(title: str) -> str:
    return "-".join("".join(c for c in w.lower() if c.isalnum()) for w in title.split()[:8]).strip("-")


# shells shared by both classes: (title, body_html, rng, side_html, arg) -> page

def regional_shell(title, body_html, rng, side_html="", arg=None):
    name, host, city = B4_OUTLETS[int(arg)] if arg else rng.choice(B4_OUTLETS)
    url = f"https://{host}/hukum-kriminal/{2025}/{rng.randint(1, 12):02d}/{b4_slug(title)}"
    ticker = " · ".join(esc(h) for h in rng.sample(B4_HEADLINES, 3))
    related = "".join(f'<li><a href="https://{host}/daerah/{rng.randint(10000, 99999)}/{b4_slug(h)}">{esc(h)}</a>'
                      f"</li>" for h in rng.sample(B4_HEADLINES, 4))
    return page(f"{title} - {name}", f'<link rel="canonical" href="{url}"><meta property="og:site_name" '
                f'content="{esc(name)}"><meta property="og:type" content="article">',
                f'<div class="jeg_topbar"><span class="breaking">Breaking:</span> {ticker}</div>'
                f'<header class="jeg_header"><a class="jeg_logo" href="https://{host}/">{esc(name)}</a>'
                f'{nav(["Home", "Daerah", "Hukum &amp; Kriminal", "Politik", "Ekbis", "Olahraga", "Indeks"], host)}'
                f'</header><div class="jeg_breadcrumbs"><a href="https://{host}/">Home</a> » '
                f'<a href="https://{host}/hukum-kriminal">Hukum &amp; Kriminal</a></div><article class="jeg_post">'
                f'<h1 class="jeg_post_title">{esc(title)}</h1><div class="jeg_meta_author">Oleh <a href="https://'
                f'{host}/author/redaksi">Redaksi</a> · {esc(city)}, {date_b4(rng)}</div>'
                f'<div class="content-inner">{body_html}</div>{share(url)}<div class="jeg_post_tags">Tags: '
                f'<a href="https://{host}/tag/kriminal">kriminal</a> <a href="https://{host}/tag/{esc(city.lower().replace(" ", "-"))}'
                f'">{esc(city)}</a></div></article><div class="jeg_related"><h3>Berita Terkait</h3><ul>{related}'
                f'</ul></div><aside class="jeg_sidebar">{side_html}{sidebar(rng, host)}</aside><footer>'
                f'&copy; {2025} {esc(name)} · <a href="https://{host}/redaksi">Susunan Redaksi</a>'
                f' · <a href="https://{host}/pedoman-media-siber">Pedoman Media Siber</a></footer>')


SCHOOLS = [("SMA Negeri 2 Bukittinggi", "sman2bukittinggi.sch.id", "NPSN 10303549"),
           ("SMK Negeri 1 Tabanan", "smkn1tabanan.sch.id", "NPSN 50100331"),
           ("SMP Negeri 4 Jember", "smpn4jember.sch.id", "NPSN 20523707"),
           ("Universitas Cenderawasih – Fakultas Hukum", "fh.uncen.ac.id", "Jayapura"),
           ("Politeknik Negeri Ujung Pandang", "poliupg.ac.id", "Makassar"),
           ("MAN 1 Banyumas", "man1banyumas.sch.id", "NPSN 20363794")]


def school_shell(title, body_html, rng, side_html="", arg=None):
    name, host, code = SCHOOLS[int(arg)] if arg else rng.choice(SCHOOLS)
    menu = (["Beranda", "Profil Sekolah", "PPDB", "Guru & Staf", "E-Learning", "Galeri", "Kontak"]
            if host.endswith(".sch.id") else ["Beranda", "Tentang", "Akademik", "Penelitian", "SIAKAD", "Berita"])
    return page(f"{title} | {name}", '<meta name="generator" content="CMS Sekolahku 4.2">',
                f'<div class="top-info">Telp. (0{rng.randint(200, 999)}) {rng.randint(100000, 999999)} · '
                f'info@{host}</div><header><img src="/media_library/images/logo.png" alt="Logo {esc(name)}">'
                f'<h1 class="site-name">{esc(name)}</h1>{nav(menu, host)}</header><div class="row">'
                f'<div class="col-md-8"><div class="post-detail"><h2>{esc(title)}</h2><p class="post-meta">'
                f'Diposting oleh Operator · {date_b4(rng)} · Kategori: Berita Sekolah</p>{body_html}</div></div>'
                f'<div class="col-md-4 sidebar">{side_html}<div class="widget"><h4>Agenda</h4><ul>'
                f'<li>Asesmen Sumatif Akhir Semester</li><li>Rapat Komite</li></ul></div><div class="widget"><h4>'
                f'Tautan</h4><ul><li><a href="https://kemdikbud.go.id">Kemendikdasmen</a></li><li>'
                f'<a href="https://{host}/e-learning">E-Learning</a></li></ul></div></div></div>'
                f'<footer>&copy; {esc(name)} · {esc(code)}</footer>')


VILLAGES = [("Desa Sukamulya", "Kecamatan Cikajang", "Kabupaten Garut", "sukamulya-cikajang.desa.id"),
            ("Desa Tibubeneng", "Kecamatan Kuta Utara", "Kabupaten Badung", "tibubeneng.desa.id"),
            ("Nagari Sungai Pua", "Kecamatan Sungai Pua", "Kabupaten Agam", "sungaipua.nagari.id"),
            ("Desa Kalibening", "Kecamatan Kalibagor", "Kabupaten Banyumas", "kalibening.banyumaskab.go.id"),
            ("Kampung Yoboi", "Distrik Sentani", "Kabupaten Jayapura", "yoboi.kampung.id"),
            ("Desa Bontomarannu", "Kecamatan Galesong", "Kabupaten Takalar", "bontomarannu.desa.id")]
VILLAGE_ARCHIVE = ["Penyaluran BLT Dana Desa Tahap III", "Musyawarah Desa Penetapan RKPDes 2025",
                   "Posyandu Balita Bulan Ini", "Kerja Bakti Membersihkan Saluran Irigasi",
                   "Pelatihan Kader PKK", "Laporan Realisasi APBDes Semester I"]


def village_shell(title, body_html, rng, side_html="", arg=None):
    desa, kec, kab, host = VILLAGES[int(arg)] if arg else rng.choice(VILLAGES)
    archive = side_html or ('<div class="widget"><h4>Arsip Artikel</h4><ul>' + "".join(
        f'<li><a href="https://{host}/artikel/{rng.randint(2023, 2025)}/{b4_slug(a)}">{esc(a)}</a></li>'
        for a in rng.sample(VILLAGE_ARCHIVE, 4)) + "</ul></div>")
    return page(f"{title} - Website Resmi {desa}", '<meta name="generator" content="OpenSID">',
                f'<div id="header"><img src="/desa/logo/logo.png" alt="{esc(kab)}"><h1>{esc(desa)}</h1>'
                f'<p>{esc(kec)}, {esc(kab)}</p></div>{nav(["Beranda", "Profil Desa", "Pemerintahan", "Data Desa", "Lembaga Masyarakat", "Layanan Mandiri"], host)}'
                f'<div id="content"><div class="artikel"><h2 class="judul">{esc(title)}</h2><div class="meta">'
                f'{date_b4(rng)} · Administrator · Dibaca {rng.randint(12, 900)} kali</div>{body_html}</div>'
                f'<div id="sidebar">{archive}<div class="widget"><h4>Aparatur Desa</h4><p>Kepala Desa, Sekretaris '
                f'Desa, Kaur Keuangan</p></div></div></div><footer>Website Desa · Dikelola Pemerintah {esc(desa)}'
                f'</footer>')


def comment_shell(title, body_html, rng, side_html="", arg=None, comments=()):
    """A news post followed by its comment section (reader comments, with the commenters' own links)."""
    name, host, city = B4_OUTLETS[int(arg)] if arg else rng.choice(B4_OUTLETS)
    items = "".join(f'<li class="comment"><div class="comment-author"><cite class="fn">{url}</cite> '
                    f'<span class="says">berkata:</span></div><div class="comment-meta">{date_b4(rng)} pukul '
                    f'{rng.randint(0, 23):02d}.{rng.randint(0, 59):02d}</div><p>{esc(text)}</p>'
                    f'<a class="comment-reply-link" href="#respond">Balas</a></li>' for url, text in comments)
    return page(f"{title} | {name}", f'<link rel="canonical" href="https://{host}/{b4_slug(title)}/">',
                f'<header><a href="https://{host}/">{esc(name)}</a>{nav(NAV_NEWS, host)}</header><main><article>'
                f'<h1 class="entry-title">{esc(title)}</h1><div class="entry-meta">{esc(city)} · {date_b4(rng)}</div>'
                f'<div class="entry-content">{body_html}</div></article><section id="comments" class="comments-area">'
                f'<h3 class="comments-title">{len(comments)} tanggapan untuk “{esc(title)}”</h3><ol class="comment-list">'
                f'{items}</ol><div id="respond"><h3>Tinggalkan Balasan</h3><form action="/wp-comments-post.php">'
                f'<textarea name="comment"></textarea><input name="author"><input name="url"><button>Kirim Komentar'
                f'</button></form></div></section>{side_html}</main><footer>&copy; {esc(name)}</footer>')


# honest templates of b4: (title, body_html, rng, arg)

POLDA_HOSTS = {"jatim": "Polda Jawa Timur", "jateng": "Polda Jawa Tengah", "sulsel": "Polda Sulawesi Selatan",
               "bali": "Polda Bali", "papua": "Polda Papua", "sumut": "Polda Sumatera Utara",
               "sumbar": "Polda Sumatera Barat", "lampung": "Polda Lampung", "jabar": "Polda Jawa Barat",
               "sulut": "Polda Sulawesi Utara"}


B4_POLICE_HEADLINES = ["Kapolda Cek Kesiapan Pos Pengamanan Nataru", "Polres Gelar Jumat Curhat bersama Warga Pesisir",
                       "Satlantas Bagikan Helm Gratis kepada Pelajar", "Polsek Jajaran Amankan Pelaku Curanmor",
                       "Bhabinkamtibmas Dampingi Penyaluran Bansos", "Polwan Ajak Ibu-ibu PKK Cegah Kekerasan Anak",
                       "Satresnarkoba Musnahkan Barang Bukti Sabu", "Apel Gelar Pasukan Operasi Ketupat"]


def b4_police_sidebar(rng: random.Random, host: str) -> str:
    return ('<aside class="widget widget_recent_entries"><h3>Berita Terbaru</h3><ul>' + "".join(
        f'<li><a href="https://{host}/2025/{rng.randint(1, 12):02d}/{b4_slug(h)}/">{esc(h)}</a></li>'
        for h in rng.sample(B4_POLICE_HEADLINES, 5)) + "</ul></aside>")


def tribrata_wp(title, body_html, rng, arg=None):
    key = arg or rng.choice(sorted(POLDA_HOSTS))
    polda, host = POLDA_HOSTS[key], f"tribratanews.{key}.polri.go.id"
    url = f"https://{host}/{2025}/{rng.randint(1, 12):02d}/{rng.randint(1, 28):02d}/{b4_slug(title)}/"
    return page(f"{title} – TRIBRATANEWS {polda.upper()}", f'<link rel="canonical" href="{url}">'
                '<meta name="generator" content="WordPress 6.5.2">',
                f'<header class="td-header"><a href="https://{host}/"><img src="/wp-content/uploads/logo-tribrata.png" '
                f'alt="Tribratanews {esc(polda)}"></a>{nav(["Home", "Polda", "Polres Jajaran", "Kamtibmas", "Presisi", "Video"], host)}'
                f'</header><div class="td-post-header"><ul class="td-category"><li>Polres Jajaran</li></ul>'
                f'<h1 class="entry-title">{esc(title)}</h1><span class="td-post-author-name">Humas {esc(polda)}'
                f'</span> <time>{date_b4(rng)}</time></div><div class="td-post-content">{body_html}</div>'
                f'{share(url)}<div class="td-tags">TAGS <a href="https://{host}/tag/presisi">Presisi</a> '
                f'<a href="https://{host}/tag/kamtibmas">Kamtibmas</a></div>{b4_police_sidebar(rng, host)}'
                f'<footer>Bidhumas {esc(polda)} · Polri untuk Masyarakat</footer>')


def polres_release(title, body_html, rng, arg=None):
    """A Polres site's press release: the number, the body, the signature block."""
    unit = arg or "Polres Garut"
    host = unit.lower().replace(" ", "") + ".id"
    month = rng.choice(["I", "III", "V", "VI", "VIII", "X", "XI"])
    return page(f"Siaran Pers: {title} | {unit}", "",
                f'<div class="header"><img src="/img/tribrata.png" alt="Tri Brata"><b>{esc(unit.upper())}</b> · '
                f'Humas</div>{nav(["Beranda", "Profil", "Siaran Pers", "Layanan SKCK", "SP2HP Online", "Pengaduan"], host)}'
                f'<div class="release"><p class="nomor">SIARAN PERS Nomor: B/{rng.randint(10, 480)}/{month}/'
                f'HUM.3.5/{2025}/Humas</p><h2>{esc(title)}</h2>{body_html}'
                f'<p class="ttd">Humas {esc(unit)}<br>Presisi – Prediktif, Responsibilitas, Transparansi '
                f'Berkeadilan</p></div><footer>{esc(unit)} · Call Center 110</footer>')


WIRES = [("Nusantara Wire", "nusantarawire.com"), ("The Jakarta Ledger", "jakartaledger.com"),
         ("Bali Tribune English", "balitribune-en.com")]


def english_wire(title, body_html, rng, arg=None):
    name, host = WIRES[int(arg)] if arg else rng.choice(WIRES)
    url = f"https://{host}/{rng.choice(['nation', 'crime', 'business'])}/{b4_slug(title)}"
    return page(f"{title} - {name}", f'<link rel="canonical" href="{url}"><meta property="og:locale" content="en_US">',
                f'<header><a href="https://{host}/">{esc(name)}</a><nav><a href="https://{host}/nation">Nation</a> '
                f'<a href="https://{host}/crime">Crime</a> <a href="https://{host}/opinion">Opinion</a></nav></header>'
                f'<article><h1>{esc(title)}</h1><p class="dateline">{rng.randint(1, 28)} '
                f'{rng.choice(["January", "May", "August", "November"])} 2025 · {rng.randint(3, 7)} min read</p>'
                f'{body_html}{share(url)}</article><footer>&copy; 2025 {esc(name)}. All rights reserved.</footer>',
                lang="en")


def opinion(title, body_html, rng, arg=None):
    name, host, city = rng.choice(B4_OUTLETS)
    author = arg or "Kontributor"
    return page(f"Opini: {title} - {name}", f'<meta name="author" content="{esc(author)}">',
                f'<header><a href="https://{host}/">{esc(name)}</a>{nav(["Home", "Opini", "Kolom", "Daerah"], host)}'
                f'</header><article class="opini"><span class="kanal">OPINI</span><h1>{esc(title)}</h1>'
                f'<div class="penulis">Oleh: <b>{esc(author)}</b></div>{body_html}<div class="disclaimer">'
                f'<i>Tulisan ini adalah pendapat pribadi penulis dan tidak mewakili sikap redaksi {esc(name)}.</i>'
                f'</div></article><footer>&copy; {esc(name)}</footer>')


INSTITUTIONS = {"dprd": ("DPRD Provinsi Jawa Tengah", "dprd.jatengprov.go.id"),
                "dpr": ("Parlementaria DPR RI", "www.dpr.go.id"),
                "ppatk": ("PPATK", "ppatk.go.id"), "bank": ("Bank Sulselbar", "banksulselbar.co.id"),
                "kemenag": ("Kanwil Kemenag Provinsi Lampung", "lampung.kemenag.go.id"),
                "pn": ("Pengadilan Negeri Denpasar", "pn-denpasar.go.id"),
                "bkpsdm": ("BKPSDM Kabupaten Jember", "bkpsdm.jemberkab.go.id")}


def institution(title, body_html, rng, arg=None):
    name, host = INSTITUTIONS[arg or "ppatk"]
    return page(f"{title} | {name}", "",
                f'<div class="inst-header"><img src="/assets/logo.svg" alt="{esc(name)}"><span>{esc(name)}</span>'
                f'</div>{nav(["Beranda", "Profil", "Berita", "Siaran Pers", "Publikasi", "PPID"], host)}'
                f'<main><div class="news-detail"><h1>{esc(title)}</h1><div class="date">{date_b4(rng)}</div>'
                f'{body_html}</div></main><footer>&copy; {esc(name)} · <a href="https://{host}/ppid">PPID</a></footer>')


def honest_regional(title, body_html, rng, arg=None):
    return regional_shell(title, body_html, rng, "", arg)


def honest_school(title, body_html, rng, arg=None):
    return school_shell(title, body_html, rng, "", arg)


def honest_village(title, body_html, rng, arg=None):
    return village_shell(title, body_html, rng, "", arg)


def honest_comments(title, body_html, rng, arg=None, spam_comment=False):
    """Readers' comments, some with a link to their own profile; with spam_comment one casino comment slipped in."""
    picks = [(f'<a href="https://www.facebook.com/{b4_slug(n)}" rel="external nofollow ugc">{esc(n)}</a>'
              if rng.random() < 0.3 else esc(n), t) for n, t in rng.sample(B4_COMMENTS_HONEST, rng.randint(3, 6))]
    if spam_comment:
        n, t = rng.choice(B4_COMMENTS_SPAM)
        picks.insert(rng.randint(1, len(picks)),
                     (f'<a href="https://{rng.choice(B4_HOSTS)}/" rel="external nofollow ugc">{esc(n)}</a>', t))
    return comment_shell(title, body_html, rng, "", arg, picks)


def honest_comments_spammed(title, body_html, rng, arg=None):
    return honest_comments(title, body_html, rng, arg, spam_comment=True)


HONEST_B4_TEMPLATES = {"regional": honest_regional, "sekolah": honest_school, "desa": honest_village,
                       "komentar": honest_comments, "komentar_spam": honest_comments_spammed, "tribrata": tribrata_wp, "polres": polres_release,
                       "english": english_wire, "opini": opinion, "lembaga": institution}
HONEST_B4_ROTATION = ["regional", "tribrata", "komentar", "regional", "polres"]


# spam layouts of b4: (title, paras, rng, arg)

def spam_regional(title, paras, rng, arg=None):
    """A hijacked regional news site: its theme kept, a casino post in it, a "link alternatif" widget."""
    body = b4_body(paras) + f'<div class="cta">{b4_links(rng, rng.randint(1, 3), " ")}</div>'
    side = f'<div class="widget"><h3>Link Alternatif</h3>{b4_links(rng, rng.randint(2, 5), "<br>")}</div>'
    return regional_shell(title, body, rng, side if rng.random() < 0.6 else "", arg)


def spam_school(title, paras, rng, arg=None):
    body = b4_body(paras) + f'<p>{b4_links(rng, rng.randint(1, 4), " | ")}</p>'
    return school_shell(title, body, rng, "", arg)


def spam_village(title, paras, rng, arg=None):
    """A village website whose article list has been filled with casino posts."""
    archive = '<div class="widget"><h4>Arsip Artikel</h4><ul>' + "".join(
        f'<li><a href="https://{rng.choice(B4_HOSTS)}/{rng.randint(1, 999)}">{esc(rng.choice(B4_ANCHORS))}'
        f" {rng.choice(['terbaru', '2025', 'resmi', 'gacor'])}</a></li>" for _ in range(rng.randint(5, 9)))
    return village_shell(title, b4_body(paras), rng, archive + "</ul></div>", arg)


def spam_comments(title, paras, rng, arg=None):
    picks = rng.sample(B4_COMMENTS_SPAM, rng.randint(3, 6))
    comments = [(f'<a href="https://{rng.choice(B4_HOSTS)}/" rel="external nofollow ugc">{esc(n)}</a>', t)
                for n, t in picks]
    return comment_shell(title, b4_body(paras), rng, "", arg, comments)


def spam_images(title, paras, rng, arg=None):
    """Banners only: the words are in the images' alt text (paras) and the links."""
    tiles = "".join(f'<a href="https://{rng.choice(B4_HOSTS)}/daftar?b={i}"><img src="/wp-content/uploads/'
                    f'{rng.randint(1000, 9999)}.gif" alt="{esc(alt)}" width="320" height="100"></a>'
                    for i, alt in enumerate(paras))
    return page(title, "", f'<div class="banner-grid">{tiles}</div>')


def spam_meta(title, paras, rng, arg=None):
    """Head stuffed with keywords and JSON-LD; a short, bland body."""
    kw = ", ".join(rng.sample(B4_ANCHORS, 12) + ["slot gacor", "togel online", "judi online terpercaya"])
    host = rng.choice(B4_OUTLETS)[1]
    ld = ('{"@context":"https://schema.org","@type":"NewsArticle","headline":"' + title.replace('"', "'") +
          '","keywords":"' + kw + '","author":{"@type":"Organization","name":"' + rng.choice(B4_ANCHORS).upper() +
          '"},"aggregateRating":{"@type":"AggregateRating","ratingValue":"4.9","reviewCount":"' +
          str(rng.randint(1000, 99999)) + '"}}')
    head = (f'<meta name="keywords" content="{esc(kw)}"><meta name="description" content="{esc(title)} - '
            f'{esc(rng.choice(B4_ANCHORS))}, {esc(rng.choice(B4_ANCHORS))}"><meta property="og:title" '
            f'content="{esc(title)}"><link rel="canonical" href="https://{host}/?p={rng.randint(100, 9999)}">'
            f'<script type="application/ld+json">{ld}</script>')
    return page(title, head, f"<h1>{esc(title)}</h1>{b4_body(paras)}{b4_links(rng, 1)}")


def spam_data(title, paras, rng, arg=None):
    """A result/RTP data page: tables, a menu of markets, login buttons."""
    brand = rng.choice(["MACAU4D", "DATATOTO", "RTPJITU", "PAITOWARNA", "SABUNG88"])
    return page(title, f'<meta name="description" content="{esc(title)}">',
                f'<div class="navbar"><b>{brand}</b> <a href="/result">Result</a> <a href="/paito">Paito</a> '
                f'<a href="/prediksi">Prediksi</a> <a href="/live-draw">Live Draw</a> '
                f'<a class="btn-login" href="https://{rng.choice(B4_HOSTS)}/login">LOGIN</a> <a class="btn-daftar" '
                f'href="https://{rng.choice(B4_HOSTS)}/register">DAFTAR</a></div><main><h1>{esc(title)}</h1>'
                f'{b4_body(paras)}</main><footer>{brand} · Data diperbarui otomatis · {b4_links(rng, 2, " · ")}'
                f'</footer>')


def spam_landing4(title, paras, rng, arg=None):
    """A casino landing page with payment badges (e-wallets, pulsa, crypto) and a FAQ."""
    pays = "".join(f'<img src="/pay/{p.lower()}.svg" alt="{p}">' for p in
                   rng.sample(["DANA", "OVO", "GoPay", "LinkAja", "ShopeePay", "Telkomsel", "XL", "Indosat", "USDT",
                               "BTC", "QRIS", "BCA", "BRI"], 6))
    return page(title, f'<meta name="description" content="{esc(str(paras[0])[:150])}">'
                '<meta name="theme-color" content="#ffcc00">',
                f'<div class="hero"><h1>{esc(title)}</h1><a class="btn" href="https://{rng.choice(B4_HOSTS)}/'
                f'register">DAFTAR</a> <a class="btn" href="https://{rng.choice(B4_HOSTS)}/login">MASUK</a></div>'
                f'<section class="content">{b4_body(paras)}</section><div class="payments">{pays}</div>'
                f'<div class="games">{b4_links(rng, rng.randint(4, 9), " ")}</div><footer>18+ · Play responsibly'
                '</footer>')


def spam_tribrata(title, paras, rng, arg=None):
    """A Polda tribratanews WordPress whose post is a casino page (the theme, tags and police sidebar kept)."""
    body = b4_body(paras) + f'<p class="wp-block-buttons">{b4_links(rng, rng.randint(1, 3), " ")}</p>'
    return tribrata_wp(title, body, rng, arg)


def spam_institution(title, paras, rng, arg=None):
    items = "".join(f"<li>{b4_links(rng, 1)}</li>" for _ in range(rng.randint(3, 6)))
    body = b4_body(paras) + f'<ul class="unduhan">{items}</ul>'
    return institution(title, body, rng, arg)


SPAM_B4_LAYOUTS = {"tribrata": spam_tribrata, "lembaga": spam_institution, "regional": spam_regional, "sekolah": spam_school, "desa": spam_village,
                   "komentar": spam_comments, "gambar": spam_images, "meta": spam_meta, "data": spam_data,
                   "landing": spam_landing4}


def b4_entry(entry, default: str) -> tuple[str, list, str, str | None]:
    """(title, paras[, "name" or "name:arg"]) -> title, paras, name, arg."""
    spec = entry[2] if len(entry) > 2 else default
    name, _, arg = spec.partition(":")
    return entry[0], entry[1], name, arg or None


def build_b4(out: Path) -> list[Path]:
    written = []
    for i, entry in enumerate(HONEST_B4):
        title, paras, name, arg = b4_entry(entry, HONEST_B4_ROTATION[i % len(HONEST_B4_ROTATION)])
        path = out / f"honest-b4-{i:02d}.html"
        path.write_text(HONEST_B4_TEMPLATES[name](title, b4_body(paras), random.Random(f"honest-b4-{i}"), arg),
                        encoding="utf-8")
        written.append(path)
    for i, entry in enumerate(SPAM_B4):
        title, paras, name, arg = b4_entry(entry, "regional")
        path = out / f"spam-b4-{i:02d}.html"
        path.write_text(SPAM_B4_LAYOUTS[name](title, paras, random.Random(f"spam-b4-{i}"), arg), encoding="utf-8")
        written.append(path)
    return written


def build(out: Path = HERE / "pages") -> list[Path]:
    out.mkdir(exist_ok=True)
    written = []
    for batch, honest, spam in (("", HONEST, SPAM), ("b2-", HONEST_B2, SPAM_B2)):
        for i, (title, paras) in enumerate(honest):
            rng = random.Random(f"honest-{batch}{i}")
            template = HONEST_TEMPLATES[(i + len(batch)) % len(HONEST_TEMPLATES)]
            path = out / f"honest-{batch}{i:02d}.html"
            path.write_text(template(title, paragraphs(paras), rng.choice(OUTLETS[:5]), rng), encoding="utf-8")
            written.append(path)
        for i, (title, paras, layout) in enumerate(spam):
            rng = random.Random(f"spam-{batch}{i}")
            path = out / f"spam-{batch}{i:02d}.html"
            path.write_text(SPAM_LAYOUTS[layout](title, paras, rng), encoding="utf-8")
            written.append(path)
    return written + build_b3(out) + build_b4(out)


if __name__ == "__main__":
    print(f"{len(build())} pages written to {HERE / 'pages'}")
