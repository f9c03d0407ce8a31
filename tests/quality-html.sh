#!/bin/sh
# quality-html.sh: the article found in real web pages (../shared/corpus/
# html, 181 pages with the gold body text), scored by the shared
# score-html: body F1 and precision with floors just under what partyline
# reaches. Menus, captions, bylines and credits that leak into the body
# lower precision; paragraphs of the article left out lower recall.
. "${top_srcdir:-$(dirname "$0")/..}/tests/lib.sh"
score=$SHARED/tools/score-html
set=$SHARED/corpus/html

# The corpus is part of the test bed (CI has it beside the checkout): its
# absence is a failure, never a skip.
if [ ! -x "$score" ] || [ ! -d "$set" ]; then
	echo "quality-html: no corpus at $SHARED (set PARTYLINE_SHARED)"
	exit 1
fi

summary=$("$score" --cmd "$PARTYLINE --json" "$set" | tail -1)
echo "$summary"
floors html "$summary" body_f1\>=0.97 precision\>=0.96 recall\>=0.98
finish
