/*
 * ui_parties.c: the party pane. Every party with its colour swatch and
 * claim count, its positions one per line (cut with …), the silent ones
 * dimmed with "no stated position". Scrolls on its own. The cursor (▶,
 * with the focus) is always on the current claim's row: j and k in the
 * pane move the current claim, ] [ } { move the cursor, so a reader
 * never sees two selections.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ui_int.h"
#include "util.h"

#define UI_STRIP_MAX	6	/* rows of the strip with a claim whole */

/* Lines the current claim takes at width columns (at most max). */
static int
ui_parties_detail_lines(const struct ui *ui, int width, int max)
{
	size_t st[64], ln[64];
	char *s;
	int n, more;

	if (ui->art == NULL || ui->art->cur < 0 || width < 1)
		return 1;
	if (max > 64)
		max = 64;
	s = reader_detail(ui->art->rd, ui->art->cur);
	n = reader_wrap(s, width, st, ln, max, &more);
	free(s);
	return n < 1 ? 1 : n;
}

/* Rows at the foot of the side pane for the current claim in full: a
 * rule and 2 or 4 lines, or all its lines once Enter asked for it
 * whole (the list keeps 3 rows). None under the article: the strip is. */
static int
ui_parties_foot(const struct ui *ui)
{
	const struct ui_art *a = ui->art;
	int h = ui->wparty != NULL ? getmaxy(ui->wparty) : 0, base, need;

	if (a == NULL || a->cur < 0 || ui->side_bottom)
		return 0;
	base = h >= 20 ? 5 : h >= 12 ? 3 : 0;
	if (a->whole != a->cur || h < 8)
		return base;
	need = 1 + ui_parties_detail_lines(ui, getmaxx(ui->wparty) - 3, h);
	if (need > h - 4)
		need = h - 4;
	return need > base ? need : base;
}

int
ui_parties_strip_rows(const struct ui *ui)
{
	const struct ui_art *a = ui->art;
	int n;

	if (a == NULL || ui->cols >= UI_WIDE)
		return 0;
	if (a->cur < 0 || a->whole != a->cur)
		return 1;
	n = ui_parties_detail_lines(ui, ui->cols - 2, UI_STRIP_MAX);
	return n;
}

void
ui_parties_draw_strip(struct ui *ui)
{
	WINDOW *w = ui->wstrip;
	int rows = getmaxy(w), width = ui->cols - 2, n, i, more;
	size_t st[UI_STRIP_MAX], ln[UI_STRIP_MAX];
	attr_t at = ui_attr_on(EL_PANE, EL_PANE_TITLE);
	char *s, m[96];

	wbkgdset(w, ' ' | ui_attr_el(EL_PANE));
	werase(w);
	if (ui->art->cur < 0) {
		wmove(w, 0, 1);
		ui_put_cut(w, ui_no_claim(ui, "for the next", m, sizeof m), width,
		    ui_attr_el(EL_PANE) | A_DIM);
		wnoutrefresh(w);
		return;
	}
	s = reader_detail(ui->art->rd, ui->art->cur);
	n = reader_wrap(s, width, st, ln, rows > UI_STRIP_MAX ? UI_STRIP_MAX : rows,
	    &more);
	for (i = 0; i < n; i++) {
		wmove(w, i, 1);
		if (i == n - 1 && more) {
			char *last = reader_cut(s + st[i], width);

			ui_put_cut(w, last, width, at);
			free(last);
		} else
			ui_put(w, s + st[i], ln[i], at);
	}
	free(s);
	wnoutrefresh(w);
}

void
ui_parties_whole(struct ui *ui)
{
	struct ui_art *a = ui->art;
	char m[96];

	if (a->cur < 0) {
		ui_message(ui, 0, "%s", ui_no_claim(ui, "selects one", m, sizeof m));
		return;
	}
	a->whole = a->whole == a->cur ? -1 : a->cur;	/* again: back */
	ui_parties_follow(ui);
	ui->dirty |= UI_PARTY;
}

/* Rows of the list between the header and the foot. */
static int
ui_parties_rows(const struct ui *ui)
{
	int h = ui->wparty != NULL ? getmaxy(ui->wparty) - 1 : 1;

	h -= ui_parties_foot(ui);
	return h < 1 ? 1 : h;
}

/* Column where text starts (after the separator on the right side). */
static int
ui_parties_x(const struct ui *ui)
{
	return ui->side_bottom ? 1 : 2;
}

/* Scroll so that row r is in view. Scrolling down, the pane starts at a
 * party's name when one lies between the first row that would show and
 * r: rows of "said: that the harbour was safe" under the pane's header
 * belong to a party scrolled away, and read as nobody's. */
static void
ui_parties_reveal(struct ui *ui, long r)
{
	struct ui_art *a = ui->art;
	long rows = ui_parties_rows(ui), t, max;

	if (r < 0)
		return;
	if (r < a->ptop)
		a->ptop = r > 0 && a->rd->rows.v[r - 1].kind == ROW_PARTY ? r - 1 : r;
	else if (r >= a->ptop + rows) {
		max = (long)a->rd->rows.n - rows;	/* no empty rows below */
		for (t = r - rows + 1; t < r && t < max &&
		    a->rd->rows.v[t].kind == ROW_POSITION; t++)
			;
		a->ptop = a->rd->rows.v[t].kind == ROW_POSITION ? r - rows + 1 : t;
	}
}

void
ui_parties_scroll(struct ui *ui, long d)
{
	struct ui_art *a = ui->art;
	long max = (long)a->rd->rows.n - ui_parties_rows(ui);

	a->ptop += d;
	if (a->ptop > max)
		a->ptop = max;
	if (a->ptop < 0)
		a->ptop = 0;
	ui->dirty |= UI_PARTY;
}

/* The pane's size changed: keep no empty rows under the last one (a
 * scroll kept from a smaller pane would hide the header's first parties
 * above them), then the cursor in view. */
void
ui_parties_resize(struct ui *ui)
{
	struct ui_art *a = ui->art;
	long max;

	if (a == NULL || ui->wparty == NULL)
		return;
	max = (long)a->rd->rows.n - ui_parties_rows(ui);
	if (a->ptop > max)
		a->ptop = max > 0 ? max : 0;
	ui_parties_reveal(ui, a->psel);
	ui->dirty |= UI_PARTY;
}

void
ui_parties_follow(struct ui *ui)
{
	struct ui_art *a = ui->art;

	if (a == NULL)
		return;
	if (a->cur >= 0)
		a->psel = reader_row_of_claim(a->rd, a->cur);
	if (a->psel < 0)
		a->psel = reader_row_step(a->rd, -1, 1);
	ui_parties_reveal(ui, a->psel);
	ui->dirty |= UI_PARTY;
}

void
ui_parties_start(struct ui *ui)
{
	struct ui_art *a = ui->art;

	a->ptop = 0;
	a->cur = a->doc->claims.n > 0 ? 0 : -1;
	if (ui->wparty != NULL)	/* rows counted with the foot cur = 0 has */
		a->cur = reader_first_current(a->rd, ui_parties_rows(ui));
	a->psel = -1;
	ui_parties_follow(ui);
	ui->dirty |= UI_ALL;
}

/* Show party p's name at the top of the pane (an entity was clicked);
 * the cursor stays on the current claim. */
void
ui_parties_select_party(struct ui *ui, int p)
{
	struct ui_art *a = ui->art;
	long r = reader_row_of_party(a->rd, p);

	if (r < 0)
		return;
	if (r > 0 && a->rd->rows.v[r - 1].kind == ROW_PARTY &&
	    a->rd->rows.v[r].kind == ROW_POSITION)
		r--;	/* its name, above its first position */
	a->ptop = r;
	ui_parties_scroll(ui, 0);	/* clamped */
}

/* The header: "Parties" and how many, marked when it has the focus. */
static void
ui_parties_header(struct ui *ui, int width)
{
	struct ui_art *a = ui->art;
	struct style s = theme_merge(theme_merge(*theme_style(EL_TEXT),
	    theme_style(EL_PANE)), theme_style(EL_PANE_TITLE));
	char buf[64];
	size_t i, quiet = 0;

	for (i = 0; i < a->doc->parties.n; i++)
		quiet += a->doc->parties.v[i].claims.n == 0;
	if (ui->focus == FOCUS_PARTIES)
		s.attrs |= STYLE_REVERSE;
	if (a->doc->parties.n == 0)	/* not "none found" over "party unknown" */
		snprintf(buf, sizeof buf, "%s%s", a->rd->unattributed ?
		    "No known party" : "No parties found",
		    ui->focus == FOCUS_PARTIES ? "  [focus]" : "");
	else
		snprintf(buf, sizeof buf, "Parties %zu (%zu silent)%s",
		    a->doc->parties.n, quiet,
		    ui->focus == FOCUS_PARTIES ? "  [focus]" : "");
	wmove(ui->wparty, 0, ui_parties_x(ui) - 1);
	wattrset(ui->wparty, ui_attr(s));
	whline(ui->wparty, ' ', width + 1);
	wmove(ui->wparty, 0, ui_parties_x(ui));
	ui_put_cut(ui->wparty, buf, width, ui_attr(s));
}

/* The element whose colour marks an entity of type t. */
static enum theme_element
ui_parties_swatch(enum ent_type t)
{
	static const enum theme_element sw[] = { EL_COUNTRY, EL_OFFICIAL,
	    EL_COMPANY, EL_PERSON, EL_ORG };

	return t < ENT_NTYPES ? sw[t] : EL_TEXT;
}

/* A party's line: swatch, name, claim count at the right. */
static void
ui_parties_party(struct ui *ui, const struct reader_row *r, int y, int width,
    attr_t extra)
{
	const struct doc *d = ui->art->doc;
	const struct party *p = r->party >= 0 ? &d->parties.v[r->party] : NULL;
	const struct entity *e = p != NULL ? &d->ents.v[p->entity] : NULL;
	enum theme_element el = p != NULL && p->claims.n ? EL_PARTY : EL_PARTY_NONE;
	char count[16];
	int cw;

	if (r->party < 0) {	/* the claims with no known party: "? " */
		cw = snprintf(count, sizeof count, " %zu", ui->art->rd->unattributed);
		wmove(ui->wparty, y, ui_parties_x(ui));
		ui_put(ui->wparty, "? ", 2,
		    ui_attr_on(EL_PANE, EL_PARTY_NONE) | extra);
		ui_put_cut(ui->wparty, "party unknown", width - 2 - cw,
		    ui_attr_on(EL_PANE, EL_PARTY_NONE) | extra);
		wmove(ui->wparty, y, ui_parties_x(ui) + width - cw);
		ui_put(ui->wparty, count, (size_t)cw,
		    ui_attr_on(EL_PANE, EL_PARTY_NONE) | extra);
		return;
	}
	cw = snprintf(count, sizeof count, " %zu", p->claims.n);
	wmove(ui->wparty, y, ui_parties_x(ui));
	ui_put(ui->wparty, "■ ", strlen("■ "),
	    ui_attr_swatch(EL_PANE, ui_parties_swatch(e->type)) | extra);
	ui_put_cut(ui->wparty, e->name, width - 2 - cw, ui_attr_on(EL_PANE, el) | extra);
	wmove(ui->wparty, y, ui_parties_x(ui) + width - cw);
	ui_put(ui->wparty, count, (size_t)cw, ui_attr_on(EL_PANE, el) | extra);
}

/* A silent party, on one line: swatch, name, "no stated position". */
static void
ui_parties_silent(struct ui *ui, const struct reader_row *r, int y, int width,
    attr_t extra)
{
	const struct doc *d = ui->art->doc;
	const struct entity *e = &d->ents.v[d->parties.v[r->party].entity];
	const char *none = width >= 40 ? "no stated position" : "silent";
	attr_t a = ui_attr_on(EL_PANE, EL_PARTY_NONE) | extra;
	int nw = (int)strlen(none);

	wmove(ui->wparty, y, ui_parties_x(ui));
	ui_put(ui->wparty, "■ ", strlen("■ "),
	    ui_attr_swatch(EL_PANE, ui_parties_swatch(e->type)) | extra);
	ui_put_cut(ui->wparty, e->name, width - 3 - nw, a);
	wmove(ui->wparty, y, ui_parties_x(ui) + width - nw);
	ui_put(ui->wparty, none, (size_t)nw, a);
}

/* One row of the pane at y. */
static void
ui_parties_row(struct ui *ui, long i, int y, int width)
{
	struct ui_art *a = ui->art;
	const struct reader_row *r = &a->rd->rows.v[i];
	int sel = i == a->psel && ui->focus == FOCUS_PARTIES;
	attr_t at;
	char *s;

	if (sel) {	/* the selection: a marker, the current claim keeps reverse */
		wmove(ui->wparty, y, ui_parties_x(ui) - 1);
		ui_put(ui->wparty, "▶", strlen("▶"), ui_attr_on(EL_PANE, EL_PANE_TITLE));
	}

	if (r->kind == ROW_PARTY) {
		ui_parties_party(ui, r, y, width, sel ? A_BOLD : 0);
		return;
	}
	if (r->kind == ROW_SILENT) {
		ui_parties_silent(ui, r, y, width, sel ? A_BOLD : 0);
		return;
	}
	wmove(ui->wparty, y, ui_parties_x(ui) + 2);
	at = r->claim == a->cur ? ui_attr_on(EL_PANE, EL_CLAIM_CURRENT) : ui_attr_el(EL_PANE);
	s = reader_position(a->rd, r->claim);
	if (r->claim == a->cur) {	/* the bar spans the row */
		wattrset(ui->wparty, at);
		whline(ui->wparty, ' ', width - 2);
	}
	ui_put_cut(ui->wparty, s, width - 2, at | (sel ? A_BOLD : 0));
	free(s);
}

/* The foot: a rule, then the current claim in full, wrapped. */
static void
ui_parties_draw_foot(struct ui *ui, int width)
{
	struct ui_art *a = ui->art;
	WINDOW *w = ui->wparty;
	int foot = ui_parties_foot(ui), y = getmaxy(w) - foot, n, i, more;
	size_t st[64], ln[64];
	char *s, *last;

	if (foot == 0)
		return;
	wattrset(w, ui_attr_el(EL_PANE) | A_DIM);
	mvwhline(w, y, ui_parties_x(ui) - (ui->side_bottom ? 1 : 0), ACS_HLINE,
	    width + (ui->side_bottom ? 2 : 1));
	s = reader_detail(a->rd, a->cur);
	n = reader_wrap(s, width, st, ln, foot - 1 < 64 ? foot - 1 : 64, &more);
	for (i = 0; i < n; i++) {
		wmove(w, y + 1 + i, ui_parties_x(ui));
		if (i == n - 1 && more) {
			last = reader_cut(s + st[i], width);	/* ends in … */
			ui_put_cut(w, last, width, ui_attr_el(EL_PANE));
			free(last);
		} else
			ui_put(w, s + st[i], ln[i], ui_attr_el(EL_PANE));
	}
	free(s);
}

void
ui_parties_draw(struct ui *ui)
{
	struct ui_art *a = ui->art;
	WINDOW *w = ui->wparty;
	int y, rows = ui_parties_rows(ui);
	int width = getmaxx(w) - ui_parties_x(ui) - 1;
	long i;

	wbkgdset(w, ' ' | ui_attr_el(EL_PANE));
	werase(w);
	if (!ui->side_bottom) {
		wattrset(w, ui_attr_el(EL_PANE));
		mvwvline(w, 0, 0, ACS_VLINE, getmaxy(w));
	}
	ui_parties_header(ui, width);
	for (y = 0, i = a->ptop; y < rows && i < (long)a->rd->rows.n; y++, i++)
		ui_parties_row(ui, i, 1 + y, width);
	ui_parties_draw_foot(ui, width);
	wattrset(w, A_NORMAL);
	wnoutrefresh(w);
}

/* Make row r's claim current (the article follows); a silent party's
 * row says so and moves nothing. */
static void
ui_parties_pick(struct ui *ui, long r)
{
	struct ui_art *a = ui->art;
	const struct reader_row *row = &a->rd->rows.v[r];

	if (row->kind == ROW_PARTY)
		r = reader_row_of_party(a->rd, row->party);
	if (r >= 0 && a->rd->rows.v[r].kind == ROW_POSITION) {
		ui_article_goto_claim(ui, a->rd->rows.v[r].claim);
		return;
	}
	if (row->kind == ROW_SILENT)
		ui_message(ui, 0, "%s: no stated position",
		    a->doc->ents.v[a->doc->parties.v[row->party].entity].name);
}

/* Move the cursor, and with it the current claim, by n positions. */
static void
ui_parties_move(struct ui *ui, long n)
{
	struct ui_art *a = ui->art;
	long r = a->psel, next;
	int dir = n > 0 ? 1 : -1;

	if (a->cur < 0 && r >= 0)	/* no claim yet: the one at ▶ is a step */
		n -= dir;
	for (; n != 0; n -= dir) {
		if ((next = reader_row_step(a->rd, r, dir)) < 0)
			break;
		r = next;
	}
	if (r < 0 || (r == a->psel && a->cur >= 0))
		return;
	ui_parties_pick(ui, r);
}

int
ui_parties_key(struct ui *ui, enum keys_action act)
{
	struct ui_art *a = ui->art;
	long page = ui_parties_rows(ui) - 1 > 0 ? ui_parties_rows(ui) - 1 : 1;

	switch (act) {
	case KA_LINE_DOWN: ui_parties_move(ui, 1); return 1;
	case KA_LINE_UP: ui_parties_move(ui, -1); return 1;
	case KA_PAGE_DOWN: ui_parties_move(ui, page); return 1;
	case KA_PAGE_UP: ui_parties_move(ui, -page); return 1;
	case KA_HALF_DOWN: ui_parties_move(ui, page / 2 + 1); return 1;
	case KA_HALF_UP: ui_parties_move(ui, -(page / 2 + 1)); return 1;
	case KA_TOP: ui_parties_move(ui, -(long)a->rd->rows.n); return 1;
	case KA_BOTTOM:	/* the last position, with the silent parties under it */
		ui_parties_move(ui, (long)a->rd->rows.n);
		ui_parties_scroll(ui, (long)a->rd->rows.n);
		ui_parties_reveal(ui, a->psel);
		return 1;
	case KA_ENTER:	/* the claim under the cursor: in the article, whole */
		if (a->psel >= 0)
			ui_parties_pick(ui, a->psel);
		if (a->cur >= 0 && a->whole != a->cur)
			ui_parties_whole(ui);
		return 1;
	default:
		return 0;
	}
}

void
ui_parties_click(struct ui *ui, int y, int x)
{
	struct ui_art *a = ui->art;
	long r = a->ptop + y - 1;

	(void)x;
	if (y < 1 || y > ui_parties_rows(ui) || r >= (long)a->rd->rows.n)
		return;
	ui->focus = FOCUS_PARTIES;
	ui_parties_pick(ui, r);
	ui->dirty |= UI_PARTY | UI_STATUS;
}
