#!/bin/sh
# ingest.sh: inputs other than plain UTF-8 text: web pages (extraction,
# metadata, charsets), detection, newsboat articles, feeds, URLs served by a
# local server that this test starts and stops, Windows-1252 text, and many
# files with one bad.
. "${top_srcdir:-$(dirname "$0")/..}/tests/lib.sh"
P=$PARTYLINE
FX=$top_srcdir/tests/fixtures/ingest

run() { "$@" >"$TMPD/out" 2>"$TMPD/err" </dev/null; rc=$?; out=$(cat "$TMPD/out"); err=$(cat "$TMPD/err"); }
# q EXPR: evaluate a Python expression over the last --json output (d),
# its body text (body) and each kind's paragraphs (paras(kind)).
q() {
	python3 - "$TMPD/out" "$1" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
raw = d['text'].encode()
def paras(kind):
    return [raw[p['start']:p['end']].decode() for p in d['paragraphs'] if p['kind'] == kind]
body = '\n\n'.join(paras('body'))
print(eval(sys.argv[2]))
PY
}
# qcheck DESCRIPTION EXPR: passes when EXPR is True
qcheck() { check "$1" test "$(q "$2")" = True; }

# ---- web pages
run "$P" --json "$FX/page.html"
check "page: exit 0" test "$rc" = 0
qcheck "page: format html" "d['format'] == 'html'"
qcheck "page: title without the site name" "d['title']['text'] == 'Norway and Chile sign salmon accord'"
qcheck "page: canonical URL" "d['url'] == 'https://gazette.example.org/world/salmon-accord'"
qcheck "page: byline" "d['byline'] == 'Ingrid Vollan'"
qcheck "page: date" "d['published'] == '2024-03-05T09:30:00Z'"
qcheck "page: byline and date are meta paragraphs (the date as a reader writes it)" "paras('meta') == ['Ingrid Vollan', '5 March 2024, 09:30']"
qcheck "page: the article's paragraphs are body" "'ending a dispute that had troubled' in body and 'Salmonor ASA, the largest' in body"
qcheck "page: entities decoded" "'Chile’s trade minister, Rosa Albarrán' in body and 'producers & exporters' in body"
qcheck "page: blockquote kept" "'This is a fair deal for the coast' in body"
qcheck "page: <br><br> breaks a paragraph" "'Talks will resume in the autumn on feed imports.' in paras('body')"
qcheck "page: no menu" "'Home' not in d['text'] and 'Sport' not in d['text']"
qcheck "page: no related links, comments, share bar or footer" "not any(w in d['text'] for w in ('Fish prices', 'Great article', 'disagree', 'Share on', 'rights reserved'))"
qcheck "page: no script or style text" "'tracking' not in d['text'] and 'color' not in d['text']"
qcheck "page: no caption of a photo" "'Salmon pens' not in d['text']"
qcheck "page: the h1 is not repeated in the body" "'sign salmon accord' not in body"
qcheck "page: claims found in the article" "len(d['claims']) >= 3"
# A wire story's furniture: dates, byline, photo credits, a list of links
# to other stories, an empty "Trending" box, a footer without a class.
run "$P" --json "$FX/page-wire.html"
qcheck "wire page: dates, byline and credits are boilerplate" "paras('boilerplate')[:6] == ['Published Apr 11, 2024 at 8:15 AM | Updated at 11:02 AM', 'PUBLISHED: 08:15, Thu, Apr 11, 2024 | UPDATED: 11:02, Thu, Apr 11, 2024', 'Apr. 11, 2024 8:15 AM EST', 'By MARTA QUISPE and LEO ANDRADE', 'Lucia Paredes, COASTLINE DAILY, AP PHOTO', 'Jorge Salinas, ASSOCIATED PRESS']"
qcheck "wire page: a longer h1 is no body paragraph under the shorter title" "d['title']['text'] == 'Peru and Ecuador reopen border crossing' and 'busy Huaquillas' not in d['text']"
qcheck "wire page: the byline paragraph names the authors" "d['byline'] == 'MARTA QUISPE and LEO ANDRADE'"
qcheck "wire page: the story's four paragraphs are the body" "len(paras('body')) == 4 and paras('body')[0].startswith('LIMA') and paras('body')[3].startswith('Officials in Quito')"
qcheck "wire page: no list of links, no footer" "not any(w in d['text'] for w in ('DON\\'T MISS', 'Coffee farmers', 'Copyright', 'EDITION'))"
qcheck "wire page: a heading with nothing under it is boilerplate" "paras('boilerplate')[-1] == 'Trending'"
qcheck "page: offsets are into the text" "all(d['text'].encode()[c['cue']['start']:c['cue']['end']].decode() == c['cue']['text'] for c in d['claims'])"

# an article cut into chunks of the same class, an advert between them
cat >"$TMPD/chunks.html" <<'HTML'
<html><body><article><div class="chunks">
<div class="grid"><div class="article-body"><p>Iceland and Norway agreed on Monday to share the herring quota, ending a long dispute over the stock, officials in Reykjavik said.</p><p>The Icelandic fisheries minister, Einar Bjarnvik, said the deal was fair to both fleets, and would be reviewed, as both sides wanted, in two years.</p></div><div class="ad-rail">Advertisement</div></div>
<div class="grid"><div class="article-body"><p>Norway's minister, Halvard Tennfjord, said in Oslo that the quota, which takes effect in June, gives small boats a larger share, and that the ports agreed.</p><p>Faroe Islands officials, who were not part of the talks, said they would seek their own arrangement with both countries before the summer.</p></div><div class="ad-rail">Advertisement</div></div>
</div></article>
<div class="most-read"><div class="article-body"><p>An unrelated story about a football match, a long one, with many words, that nobody needs here, goes on and on.</p></div></div>
</body></html>
HTML
run "$P" --json "$TMPD/chunks.html"
qcheck "page in chunks: every chunk of the article" "'share the herring quota' in body and 'Faroe Islands officials' in body"
qcheck "page in chunks: not a far block of the same class" "'football' not in body"

printf '<html><head><title>World - Harbour Gazette</title></head><body><nav><a href="/">Home</a></nav><article><h1>Peru and Ecuador open a border crossing</h1><p>The crossing at Huaquillas opened on Monday, the Peruvian trade minister said, after two years of talks.</p></article></body></html>' >"$TMPD/h1.html"
run "$P" --json "$TMPD/h1.html"
qcheck "page: a <title> of section and site gives way to the one h1, not said twice" "d['title']['text'] == 'Peru and Ecuador open a border crossing' and 'Peru and Ecuador open' not in body"

# detection: by content without an extension, by extension, --format
cp "$FX/page.html" "$TMPD/page"
run "$P" --json "$TMPD/page"
qcheck "a page without extension is found by its doctype" "d['format'] == 'html'"
printf '<p>Peru and Ecuador opened a border crossing, the minister said.</p>\n' >"$TMPD/frag.htm"
run "$P" --json "$TMPD/frag.htm"
qcheck "a .htm fragment is read as HTML" "d['format'] == 'html' and '<p>' not in d['text']"
run "$P" --json --format=text "$FX/page.html"
qcheck "--format=text reads a page as text" "d['format'] == 'text' and '<title>' in d['text']"
run "$P" --json --format=pdf "$FX/page.html"
check "--format with a bad word is a usage error" test "$rc" = 2
run "$P" --dump --format=feed "$TMPD/frag.htm"
check "--format=feed on a page: not a feed, exit 2, one line" test "$rc" = 2 -a \
	"$err" = "partyline: $TMPD/frag.htm: a feed with no items"

# charsets: <meta charset>, http-equiv, none (a guess), a BOM
printf '<html><head><meta charset="windows-1252"><title>Caf\351 talks</title></head><body><p>The caf\351 owners in Quito said \223enough\224 on Monday, after talks.</p></body></html>' >"$TMPD/w.html"
run "$P" --json "$TMPD/w.html"
qcheck "meta charset windows-1252 converted" "'café owners in Quito said “enough”' in d['text']"
printf '<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head><body><p>Z\374rich bankers met in Bern.</p></body></html>' >"$TMPD/l.html"
run "$P" --json "$TMPD/l.html"
qcheck "http-equiv latin-1 converted" "'Zürich bankers' in d['text']"
printf '\357\273\277<html><body><p>Caf\303\251 owners met in Quito.</p></body></html>' >"$TMPD/bom.html"
run "$P" --json "$TMPD/bom.html"
qcheck "a UTF-8 BOM page" "d['text'] == 'Café owners met in Quito.'"
printf '<html><body><p>Caf\303\251 owners met in Quito.</p></body></html>' | iconv -f UTF-8 -t UTF-16 >"$TMPD/u16.html"
run "$P" --json "$TMPD/u16.html"
qcheck "a UTF-16 page with its BOM" "d['text'] == 'Café owners met in Quito.'"

# hostile pages: control characters and escapes never reach the text
printf '<html><body><p>Ankara \033]2;pwned\007said \033[2J no \302\233 more.</p></body></html>' >"$TMPD/esc.html"
run "$P" --json "$TMPD/esc.html"
qcheck "page: escapes removed" "not any(ord(c) < 32 or 0x7f <= ord(c) <= 0x9f for c in d['text'])"

# deep and huge pages finish (speed is measured in bench/, not here)
# (libxml2 stopped at the 257th nested element: the text after was lost)
for depth in 300 50000; do
	python3 -c "import sys; n = int(sys.argv[1]); print('<html><body><p>Before the nest, Chile said it would wait.</p>' + '<div>' * n + '<p>Deep in the page, the minister said.</p>' + '</div>' * n + '<p>After the nest, Norway said it would wait.</p></body></html>')" "$depth" >"$TMPD/deep.html"
	run "$P" --json "$TMPD/deep.html"
	check "a page nested $depth deep: exit 0" test "$rc" = 0
	qcheck "a page nested $depth deep: text before, inside and after the nest" "all(s in body for s in ('Before the nest', 'Deep in the page', 'After the nest'))"
done
python3 -c "
import sys
w = 'the minister said trade talks with Chile would continue after a meeting in Lima'.split()
print('<html><body><article>' + ''.join('<p>%s, %d.</p><a href=\"/%d\">more</a>' % (' '.join(w[(i + k) % len(w)] for k in range(40)), i, i) for i in range(4000)) + '</article></body></html>')" >"$TMPD/huge.html"
run "$P" --json "$TMPD/huge.html"
check "a 1 MB page: exit 0" test "$rc" = 0 -a "$(wc -c <"$TMPD/huge.html")" -gt 1000000
qcheck "a 1 MB page: the paragraphs are there" "len(paras('body')) >= 4000"

# ---- newsboat
run "$P" --json "$FX/article.newsboat"
qcheck "newsboat: format" "d['format'] == 'newsboat'"
qcheck "newsboat: title from the header" "d['title']['text'] == 'Norway and Chile sign salmon accord'"
qcheck "newsboat: author, date and link" "(d['byline'], d['published'], d['url']) == ('Ingrid Vollan', 'Tue, 05 Mar 2024 09:30:00 +0000', 'https://gazette.example.org/world/salmon-accord')"
qcheck "newsboat: header is not body" "'Feed:' not in body and 'Link:' not in body"
qcheck "newsboat: wrapped lines rejoined" "'ending a dispute that had troubled' in body"
qcheck "newsboat: link markers removed" "'told the Fjord Post the deal' in body and '[1]' not in body"
qcheck "newsboat: Links list is boilerplate, a paragraph a link" "paras('boilerplate') == ['Links:', '[1]: https://fjordpost.example.org/ (link)', '[2]: https://gazette.example.org/pens.jpg (image)']"
qcheck "newsboat: no claims from the header" "all(c['content']['start'] > d['paragraphs'][2]['end'] for c in d['claims'])"
run "$P" --json "$FX/article-nb.newsboat"
qcheck "newsboat in another locale: title, author, date, link" "(d['title']['text'], d['byline'], d['published'][:3], d['url'][:5]) == ('Norge og Chile signerer avtale', 'Ingrid Vollan', 'Tue', 'https')"
if [ -f "$SHARED/corpus/formats/newsboat-2.21.txt" ]; then
	run "$P" --json "$SHARED/corpus/formats/newsboat-2.21.txt"
	qcheck "newsboat 2.21's own output: title and no link markers" "d['title']['text'].startswith('US says Huawei') and '[1]' not in body"
fi

# ---- feeds
run "$P" --dump --color=never "$FX/feed.rss"
check "RSS: each item is an article" test "$(printf '%s\n' "$out" | grep -c '^==> .*feed.rss#[12] <==')" = 2
run "$P" --json "$FX/feed.rss"
qcheck "RSS --json: the first item, its content:encoded" "d['format'] == 'feed' and d['title']['text'] == 'Norway and Chile sign salmon accord' and 'same rules' in body and 'summary' not in body"
check "RSS --json: says it shows the first of 2" test -n "$(printf '%s\n' "$err" | grep '2 articles')"
qcheck "RSS: creator, date and link" "(d['byline'], d['url']) == ('Ingrid Vollan', 'https://gazette.example.org/world/salmon-accord')"
run "$P" --json "$FX/feed.atom"
qcheck "Atom: entry title, author, link, summary" "(d['title']['text'], d['byline'], d['url']) == ('Iceland widens fishing limits', 'Sigrun Hallsdottir', 'https://gazette.example.org/world/iceland') and 'Reykjavik' in body"

# ---- plain text in other charsets
printf 'Caf\351 owners protest in Quito\n\nThe caf\351 owners said \223enough\224 on Monday.\n' >"$TMPD/w1252.txt"
run "$P" --json "$TMPD/w1252.txt"
qcheck "Windows-1252 text converted" "'café owners said “enough”' in d['text']"
check "Windows-1252 text: a note on stderr" test -n "$(printf '%s\n' "$err" | grep 'w1252.txt: not UTF-8; read as Windows-1252')"

# ---- many files, one bad
printf 'Peru and Ecuador open a crossing\n\nThe minister said it would open.\n' >"$TMPD/good.txt"
printf 'PK\003\004\000\000junk' >"$TMPD/bin.txt"
run "$P" --dump --color=never "$TMPD/good.txt" "$TMPD/missing.txt" "$TMPD/bin.txt"
check "one bad among several: the good one is shown" test -n "$(printf '%s\n' "$out" | grep 'Peru and Ecuador open')"
check "one bad among several: one warning line each" test "$(printf '%s\n' "$err" | grep -c '^partyline: ')" = 2
check "one bad among several: exit 1" test "$rc" = 1
run "$P" --dump "$TMPD/missing.txt" "$TMPD/bin.txt"
check "none could be read: exit 2" test "$rc" = 2
mkdir "$TMPD/dir" && cp "$TMPD/good.txt" "$FX/page.html" "$TMPD/bin.txt" "$TMPD/dir/"
run "$P" --dump --color=never "$TMPD/dir"
check "a directory: .txt and .html opened, the binary one skipped, exit 1" \
	test "$rc" = 1 -a -n "$(printf '%s\n' "$out" | grep 'salmon accord')" -a -n "$(printf '%s\n' "$out" | grep 'Peru and Ecuador')"

# ---- URLs, from a server on 127.0.0.1 that stops by itself
mkdir "$TMPD/www" && cp "$FX/page.html" "$FX/feed.rss" "$TMPD/www/"
python3 "$top_srcdir/tests/httpd.py" "$TMPD/www" "$TMPD/port" 60 &
httpd=$!
i=0
while [ ! -s "$TMPD/port" ] && [ $i -lt 100 ]; do sleep 0.1; i=$((i + 1)); done
U=http://127.0.0.1:$(cat "$TMPD/port")
run "$P" --json "$U/page.html"
qcheck "URL: the page is fetched and extracted" "d['source'].endswith('/page.html') and d['format'] == 'html' and 'Salmonor ASA' in body"
run "$P" --json "$U/redirect/page.html"
qcheck "URL: a redirect is followed" "'Salmonor ASA' in body"
run "$P" --json "$U/feed.rss"
qcheck "URL: a feed" "d['format'] == 'feed'"
run "$P" --json "$U/missing.html"
check "URL: 404 is one line and exit 2" test "$rc" = 2 -a "$err" = "partyline: $U/missing.html: HTTP error 404"
run "$P" --json "$U/loop"
check "URL: a redirect loop stops with one line" test "$rc" = 2 -a "$(printf '%s\n' "$err" | wc -l)" = 1
run "$P" --json "$U/big"
check "URL: a page over the size limit is refused" test "$rc" = 2 -a -n "$(printf '%s\n' "$err" | grep 'larger than')"
PARTYLINE_TIMEOUT=1 run "$P" --json "$U/slow"
check "URL: a slow server times out" test "$rc" = 2 -a -n "$(printf '%s\n' "$err" | grep -i 'timed out')"
kill "$httpd" 2>/dev/null
wait "$httpd" 2>/dev/null
run "$P" --json "$U/page.html"
check "URL: no server is one line and exit 2" test "$rc" = 2 -a "$(printf '%s\n' "$err" | wc -l)" = 1
finish
