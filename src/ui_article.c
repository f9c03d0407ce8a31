/*
 * ui_article.c: the article pane. Draws the laid-out lines with each byte's
 * highlight class mapped to a style, the current claim and search matches
 * painted on top; scrolls; moves between claims. The layout is redone only
 * when the pane's width changes, keeping the line at the top in view.
 */
#include <stdlib.h>
#include <string.h>

#include "cfg.h"
#include "ui_int.h"
#include "util.h"

#define ART_CUR		THEME_CUR
#define ART_HIT		THEME_HIT
#define ART_DIM		THEME_DIM

int
ui_article_rows(const struct ui *ui)
{
	return ui->wart != NULL ? getmaxy(ui->wart) : 1;
}

/* The article pane's text width: one column of margin on each side,
 * and no more than `set wrap` asks for. */
static int
ui_article_width(const struct ui *ui)
{
	int w = ui->wart != NULL ? getmaxx(ui->wart) - 2 : 10;

	if (ui->cfg != NULL && ui->cfg->wrap > 0 && w > ui->cfg->wrap)
		w = ui->cfg->wrap;
	return w < 10 ? 10 : w;
}

void
ui_article_open(struct ui *ui, struct ui_art *a)
{
	(void)ui;
	if (a->hl == NULL)
		a->hl = hl_new(a->doc);
}

void
ui_article_close(struct ui_art *a)
{
	hl_free(a->hl);
	a->hl = NULL;
	layout_free(a->layout);
	a->layout = NULL;
	layout_free(a->spare);
	a->spare = NULL;
	search_free(a->search);
	a->search = NULL;
}

/* Keep top within the layout. */
static void
ui_article_clamp(struct ui *ui)
{
	struct ui_art *a = ui->art;
	long max = (long)a->layout->lines.n - ui_article_rows(ui);

	if (max < 0)
		max = 0;
	if ((long)a->top > max)
		a->top = (size_t)max;
}

void
ui_article_resize(struct ui *ui)
{
	struct ui_art *a = ui->art;
	int w = ui_article_width(ui);
	uint32_t anchor = 0;

	if (a->layout != NULL && a->layout->width == w) {
		ui_article_clamp(ui);
		return;
	}
	if (a->layout != NULL && a->top < a->layout->lines.n)
		anchor = a->layout->lines.v[a->top].start;
	if (a->spare != NULL && a->spare->width == w) {
		struct layout *t = a->spare;

		a->spare = a->layout;
		a->layout = t;
	} else {
		layout_free(a->spare);
		a->spare = a->layout;
		a->layout = layout_new(a->doc, w);
	}
	a->top = anchor ? layout_line_of(a->layout, anchor) : 0;
	ui_article_clamp(ui);
	ui_parties_follow(ui);
}

/*
 * The whole article replaces the first part shown while it was analysed
 * (loader.c). The first part's text is a prefix of the whole one's, so the
 * place in the text, the current claim and the search carry over.
 */
void
ui_article_swap(struct ui *ui, struct ui_art *a, struct doc *d, struct hl *hl,
    struct layout *layout)
{
	uint32_t anchor = 0, at = 0;
	int had = a->cur >= 0;
	char *pat = a->search != NULL ? xstrdup(a->search->pattern) : NULL, *cause;

	if (a->layout != NULL && a->top < a->layout->lines.n)
		anchor = a->layout->lines.v[a->top].start;
	if (had)
		at = reader_claim_span(a->doc, a->cur).start;
	ui_article_close(a);
	reader_free(a->rd);
	a->doc = d;
	a->rd = reader_new(d);
	a->hl = hl != NULL ? hl : hl_new(d);
	a->layout = layout;
	a->cur = had ? reader_claim_from(d, at) : -1;
	a->whole = -1;
	a->hit = -1;
	a->psel = -1;
	/* searched from the place on between keys (ui_search_idle), as a
	 * new search is, not all of a 30 MB text before the next key */
	if (pat != NULL && (a->search = search_start(pat, d->text, d->len,
	    anchor, &cause)) == NULL)
		free(cause);
	free(pat);
	if (ui->art != a)
		return;
	if (a->layout == NULL || a->layout->width != ui_article_width(ui)) {
		layout_free(a->layout);
		a->layout = NULL;
		ui_article_resize(ui);
	}
	a->top = layout_line_of(a->layout, anchor);
	ui_article_clamp(ui);
	ui_parties_follow(ui);
	ui->dirty = UI_ALL;
}

void
ui_article_scroll(struct ui *ui, long delta)
{
	struct ui_art *a = ui->art;
	long top = (long)a->top + delta;

	if (top < 0)
		top = 0;
	a->top = (size_t)top;
	ui_article_clamp(ui);
	ui->dirty |= UI_ART | UI_STATUS;
}

/* The attributes of a byte of class c with the overlays in bits (ART_*),
 * cached until the theme changes. */
static attr_t
ui_article_attr(const struct hl_class *c, int bits)
{
	static attr_t cache[8 * 64 * 8];
	static unsigned char have[8 * 64 * 8];
	static unsigned gen;
	unsigned k = ((unsigned)(c->ent & 7) << 9) | ((unsigned)(c->flags & 63) << 3) |
	    (unsigned)bits;

	if (gen != ui_theme_gen) {
		memset(have, 0, sizeof have);
		gen = ui_theme_gen;
	}
	if (have[k])
		return cache[k];
	have[k] = 1;
	return cache[k] = ui_attr(theme_class(c, (unsigned)bits));
}

/* Overlay bits for byte off. */
static int
ui_article_bits(const struct ui_art *a, uint32_t off, const struct span *cur)
{
	const struct hl_class *c = &a->hl->v[off];
	int bits = 0;

	if (cur != NULL && off >= cur->start && off < cur->end)
		bits |= ART_CUR;
	if (a->search != NULL && search_hit_at(a->search, off) >= 0)
		bits |= ART_HIT;
	if (c->ent && !reader_filter_pass(a->filter, (enum ent_type)(c->ent - 1)))
		bits |= ART_DIM;
	return bits;
}

/* Draw layout line ln at row y. */
static void
ui_article_line(struct ui *ui, int y, const struct layout_line *ln,
    const struct span *cur)
{
	struct ui_art *a = ui->art;
	struct layout_cell c = { ln->start, ln->start, 0, 0 };
	const char *t = a->doc->text;

	wmove(ui->wart, y, 1);
	while (layout_next_cell(a->doc, a->layout, ln, &c)) {
		wattrset(ui->wart, ui_article_attr(&a->hl->v[c.start],
		    ui_article_bits(a, c.start, cur)));
		if (t[c.start] == '\t' || t[c.start] == '\n') {
			whline(ui->wart, ' ', c.width);
			wmove(ui->wart, y, 1 + c.col + c.width);
		} else
			waddnstr(ui->wart, t + c.start, (int)(c.end - c.start));
	}
}

void
ui_article_draw(struct ui *ui)
{
	struct ui_art *a = ui->art;
	struct span cs, *cur = NULL;
	int y, rows = ui_article_rows(ui);
	size_t i;

	wbkgdset(ui->wart, ' ' | ui_attr_el(EL_PANE));
	werase(ui->wart);
	if (a->cur >= 0) {
		cs = reader_claim_span(a->doc, a->cur);
		cur = &cs;
	}
	for (y = 0, i = a->top; y < rows && i < a->layout->lines.n; y++, i++)
		ui_article_line(ui, y, &a->layout->lines.v[i], cur);
	wattrset(ui->wart, A_NORMAL);
	wnoutrefresh(ui->wart);
}

/* Is byte range [s, e) wholly on screen? */
static int
ui_article_visible(struct ui *ui, uint32_t s, uint32_t e)
{
	struct ui_art *a = ui->art;
	size_t l0 = layout_line_of(a->layout, s);
	size_t l1 = layout_line_of(a->layout, e > s ? e - 1 : s);

	return l0 >= a->top && l1 < a->top + (size_t)ui_article_rows(ui);
}

void
ui_article_show(struct ui *ui, uint32_t off)
{
	struct ui_art *a = ui->art;
	size_t l = layout_line_of(a->layout, off);
	int rows = ui_article_rows(ui);

	if (ui_article_visible(ui, off, off + 1))
		return;
	a->top = l > (size_t)(rows / 4) ? l - (size_t)(rows / 4) : 0;
	ui_article_clamp(ui);
	ui->dirty |= UI_ART | UI_STATUS;
}

void
ui_article_goto_claim(struct ui *ui, int c)
{
	struct ui_art *a = ui->art;
	struct span s;

	if (c < 0 || (size_t)c >= a->doc->claims.n)
		return;
	a->cur = c;
	s = reader_claim_span(a->doc, c);
	if (!ui_article_visible(ui, s.start, s.end)) {
		a->top = layout_line_of(a->layout, s.start);
		ui_article_scroll(ui, -(ui_article_rows(ui) / 4));
	}
	ui_parties_follow(ui);
	ui->dirty |= UI_ART | UI_PARTY | UI_STATUS;
}

/* ] and [: the next or previous claim; never past the ends. */
static void
ui_article_claim_step(struct ui *ui, int dir)
{
	struct ui_art *a = ui->art;
	int n = (int)a->doc->claims.n, c;

	if (n == 0) {
		ui_message(ui, 0, "no claims in this article");
		return;
	}
	if (a->cur < 0)
		c = dir > 0 ? reader_claim_from(a->doc,
		    a->layout->lines.v[a->top].start) : n - 1;
	else
		c = a->cur + dir;
	if (c < 0 || c >= n) {
		ui_message(ui, 0, dir > 0 ? "last claim" : "first claim");
		return;
	}
	ui_article_goto_claim(ui, c < 0 ? 0 : c);
}

/* } and {: the first claim of the next or previous party. */
static void
ui_article_party_step(struct ui *ui, int dir)
{
	int c = reader_party_step(ui->art->rd, ui->art->cur, dir);

	if (ui->art->doc->claims.n == 0)	/* not "last party": there is none */
		ui_message(ui, 0, "no claims in this article");
	else if (c < 0 && reader_party_step(ui->art->rd, -1, 1) < 0)
		ui_message(ui, 0, "no claim has a known party");
	else if (c < 0)
		ui_message(ui, 0, dir > 0 ? "last party" : "first party");
	else
		ui_article_goto_claim(ui, c);
}

/* Actions that change what is shown rather than where. */
static int
ui_article_view_key(struct ui *ui, enum keys_action act)
{
	struct ui_art *a = ui->art;
	char m[64];

	switch (act) {
	case KA_FILTER:
		a->filter = (a->filter + 1) % FILTER_COUNT;
		ui_message(ui, 0, "entities: %s", reader_filter_name(a->filter));
		ui->dirty |= UI_ART | UI_STATUS;
		return 1;
	case KA_SIDE:
		ui->side = !ui->side;
		if (!ui->side)
			ui->focus = FOCUS_ARTICLE;
		ui_relayout(ui);
		return 1;
	case KA_FOCUS:
		if (ui->wparty == NULL)
			ui_message(ui, 0, "the party pane is hidden%s",
			    ui_key_says(ui, KA_SIDE, "shows it", m, sizeof m));
		else
			ui->focus = ui->focus == FOCUS_ARTICLE ? FOCUS_PARTIES :
			    FOCUS_ARTICLE;
		ui_parties_follow(ui);
		ui->dirty |= UI_PARTY | UI_STATUS;
		return 1;
	case KA_ENTER:	/* the current claim whole */
		ui_parties_whole(ui);
		return 1;
	case KA_CLOSE:
		if (a->whole >= 0) {
			a->whole = -1;
			ui->dirty |= UI_PARTY;
		}
		if (a->search != NULL) {
			search_free(a->search);
			a->search = NULL;
			a->hit = -1;
			ui->dirty |= UI_ART;
		}
		return 1;
	default:
		return 0;
	}
}

int
ui_article_key(struct ui *ui, enum keys_action act)
{
	int rows = ui_article_rows(ui);

	switch (act) {
	case KA_LINE_DOWN: ui_article_scroll(ui, 1); break;
	case KA_LINE_UP: ui_article_scroll(ui, -1); break;
	case KA_PAGE_DOWN: ui_article_scroll(ui, rows > 2 ? rows - 1 : 1); break;
	case KA_PAGE_UP: ui_article_scroll(ui, -(rows > 2 ? rows - 1 : 1)); break;
	case KA_HALF_DOWN: ui_article_scroll(ui, rows > 1 ? rows / 2 : 1); break;
	case KA_HALF_UP: ui_article_scroll(ui, -(rows > 1 ? rows / 2 : 1)); break;
	case KA_TOP: ui_article_scroll(ui, -(long)ui->art->top); break;
	case KA_BOTTOM: ui_article_scroll(ui, (long)ui->art->layout->lines.n); break;
	case KA_CLAIM_NEXT: ui_article_claim_step(ui, 1); break;
	case KA_CLAIM_PREV: ui_article_claim_step(ui, -1); break;
	case KA_PARTY_NEXT: ui_article_party_step(ui, 1); break;
	case KA_PARTY_PREV: ui_article_party_step(ui, -1); break;
	case KA_SEARCH_FWD: ui_search_start(ui, 1); break;
	case KA_SEARCH_BACK: ui_search_start(ui, 0); break;
	case KA_MATCH_NEXT: ui_search_step(ui, ui->art->search_fwd); break;
	case KA_MATCH_PREV: ui_search_step(ui, !ui->art->search_fwd); break;
	default: return ui_article_view_key(ui, act);
	}
	return 1;
}

/* The claim whose extent covers off, or -1. */
static int
ui_article_claim_at(const struct doc *d, uint32_t off)
{
	size_t i;

	for (i = 0; i < d->claims.n; i++) {
		struct span s = reader_claim_span(d, (int)i);

		if (off >= s.start && off < s.end)
			return (int)i;
	}
	return -1;
}

void
ui_article_click(struct ui *ui, int y, int x)
{
	struct ui_art *a = ui->art;
	const struct layout_line *ln;
	size_t l = a->top + (size_t)y;
	uint32_t off;
	int m, p, c;

	if (l >= a->layout->lines.n || x < 1)
		return;
	ln = &a->layout->lines.v[l];
	off = layout_offset_at(a->doc, a->layout, ln, x - 1);
	if (off >= ln->end)
		return;
	ui->focus = FOCUS_ARTICLE;
	if ((m = reader_mention_at(a->doc, off)) >= 0) {
		const struct entity *e = &a->doc->ents.v[a->doc->mentions.v[m].entity];

		p = reader_party_of_entity(a->rd, a->doc->mentions.v[m].entity);
		if (p >= 0) {
			ui_parties_select_party(ui, p);
			ui_message(ui, 0, "%s: %zu claim%s", e->name,
			    a->doc->parties.v[p].claims.n,
			    a->doc->parties.v[p].claims.n == 1 ? "" : "s");
		} else
			ui_message(ui, 0, "%s (%s): not a party here", e->name,
			    model_ent_type_name(e->type));
	} else if ((c = ui_article_claim_at(a->doc, off)) >= 0)
		ui_article_goto_claim(ui, c);
}
