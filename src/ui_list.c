/*
 * ui_list.c: the list of articles when several are opened. Each takes two
 * lines: its title, then how many parties and claims and who speaks.
 * Enter opens one; q in the article comes back here.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ui_int.h"
#include "util.h"

/* Articles that fit in the window. */
static long
ui_list_fit(const struct ui *ui)
{
	long n = ui->wart != NULL ? getmaxy(ui->wart) / 2 : 1;

	return n < 1 ? 1 : n;
}

/* The title of article a, on one line, allocated. */
static char *
ui_list_title(const struct ui_art *a)
{
	const struct doc *d = a->doc;
	char *s;
	size_t i;

	if (d->title < 0)
		return xstrdup(d->name);
	s = xstrndup(d->text + d->paras.v[d->title].start,
	    d->paras.v[d->title].end - d->paras.v[d->title].start);
	for (i = 0; s[i] != '\0'; i++)
		if (s[i] == '\n' || s[i] == '\t')
			s[i] = ' ';
	return s;
}

/* "3 parties, 9 claims: United States, Huawei" for article a. */
static char *
ui_list_summary(const struct ui_art *a)
{
	const struct doc *d = a->doc;
	size_t i, speak = 0, n = 0, cap = 256;
	char *s = xmalloc(cap);

	n = (size_t)snprintf(s, cap, "%zu part%s, %zu claim%s", d->parties.n,
	    d->parties.n == 1 ? "y" : "ies", d->claims.n, d->claims.n == 1 ? "" : "s");
	for (i = 0; i < a->rd->norder; i++) {
		const struct party *p = &d->parties.v[a->rd->order[i]];
		const char *name = d->ents.v[p->entity].name;

		if (p->claims.n == 0)
			continue;
		if (n + strlen(name) + 4 >= cap)
			s = xrealloc(s, cap = 2 * cap + strlen(name));
		n += (size_t)snprintf(s + n, cap - n, "%s%s", speak++ ? ", " : " - ", name);
	}
	if (speak == 0 && d->parties.n > 0)
		snprintf(s + n, cap - n, d->claims.n ? " - no party known" :
		    " - nobody states a position");
	return s;
}

void
ui_list_draw(struct ui *ui)
{
	WINDOW *w = ui->wart;
	long i, fit = ui_list_fit(ui);
	int width = getmaxx(w) - 4, y;
	attr_t sel;
	char *s;

	wbkgdset(w, ' ' | ui_attr_el(EL_PANE));
	werase(w);
	for (i = ui->list_top, y = 0; i < (long)ui->narts && i < ui->list_top + fit; i++) {
		sel = i == ui->list_sel ? A_REVERSE : 0;
		if (sel) {
			wattrset(w, sel);
			mvwhline(w, y, 0, ' ', getmaxx(w));
		}
		wmove(w, y++, 1);
		s = ui_list_title(&ui->arts[i]);
		ui_put_cut(w, s, width + 2, ui_attr_el(EL_TITLE) | sel);
		free(s);
		wmove(w, y++, 3);
		s = ui_list_summary(&ui->arts[i]);
		ui_put_cut(w, s, width, ui_attr_el(EL_PANE));
		free(s);
	}
	wattrset(w, A_NORMAL);
	wnoutrefresh(w);
}

/* Move the selection to i (clamped) and keep it in view. */
static void
ui_list_select(struct ui *ui, long i)
{
	long fit = ui_list_fit(ui);

	if (i >= (long)ui->narts)
		i = (long)ui->narts - 1;
	if (i < 0)
		i = 0;
	ui->list_sel = i;
	if (i < ui->list_top)
		ui->list_top = i;
	if (i >= ui->list_top + fit)
		ui->list_top = i - fit + 1;
	ui->dirty |= UI_ART | UI_STATUS;
}

void
ui_list_scroll(struct ui *ui, long d)
{
	ui_list_select(ui, ui->list_sel + (d > 0 ? 1 : -1));
}

int
ui_list_key(struct ui *ui, enum keys_action act)
{
	long fit = ui_list_fit(ui);

	switch (act) {
	case KA_LINE_DOWN: ui_list_select(ui, ui->list_sel + 1); return 1;
	case KA_LINE_UP: ui_list_select(ui, ui->list_sel - 1); return 1;
	case KA_PAGE_DOWN: ui_list_select(ui, ui->list_sel + fit); return 1;
	case KA_PAGE_UP: ui_list_select(ui, ui->list_sel - fit); return 1;
	case KA_HALF_DOWN: ui_list_select(ui, ui->list_sel + fit / 2 + 1); return 1;
	case KA_HALF_UP: ui_list_select(ui, ui->list_sel - fit / 2 - 1); return 1;
	case KA_TOP: ui_list_select(ui, 0); return 1;
	case KA_BOTTOM: ui_list_select(ui, (long)ui->narts); return 1;
	default: return 0;
	}
}

int
ui_list_click(struct ui *ui, int y, int x)
{
	long i = ui->list_top + y / 2;

	(void)x;
	if (i >= (long)ui->narts)
		return 0;
	if (i == ui->list_sel)
		return 1;	/* a click on the selected article opens it */
	ui_list_select(ui, i);
	return 0;
}
