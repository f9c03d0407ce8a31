/*
 * ui_help.c: the help overlay, a box over the reader listing the key
 * table's help text (keys_help), scrolled with the usual keys.
 */
#include <stdlib.h>
#include <string.h>

#include "ui_int.h"
#include "util.h"

/* Lines of help text. */
static long
ui_help_count(const struct ui *ui)
{
	long n = 0;

	while (ui->help_lines[n] != NULL)
		n++;
	return n;
}

/* The foot: how to scroll and to close, with the keys in force
 * ("j/k scroll   q or Esc close"); allocated. */
static char *
ui_help_foot(const struct ui *ui, int scrolls)
{
	char d[32], u[32], q[32], c[32];
	const char *kd = keys_first(ui->keys, KA_LINE_DOWN, d, sizeof d);
	const char *ku = keys_first(ui->keys, KA_LINE_UP, u, sizeof u);
	const char *kq = keys_first(ui->keys, KA_QUIT, q, sizeof q);
	const char *kc = keys_first(ui->keys, KA_CLOSE, c, sizeof c);
	char *scroll, *out;

	if (kq == NULL)	/* the help key closes it too */
		kq = keys_first(ui->keys, KA_HELP, q, sizeof q);
	scroll = scrolls && kd != NULL && ku != NULL ?
	    xasprintf("%s/%s scroll   ", kd, ku) : xstrdup("");
	out = xasprintf("%s%s%s%s close", scroll, kq != NULL ? kq : "",
	    kq != NULL && kc != NULL ? " or " : "", kc != NULL ? kc : "");
	free(scroll);
	return out;
}

/* As wide as its widest line, within the screen. */
static int
ui_help_width(const struct ui *ui, long n)
{
	int w = 40, c;
	long i;

	for (i = 0; i < n; i++)
		if ((c = ui_cols(ui->help_lines[i]) + 4) > w)
			w = c;
	return w;
}

void
ui_help_draw(struct ui *ui)
{
	long n = ui_help_count(ui), i;
	int h = (int)n + 4, w = ui_help_width(ui, n), y;
	attr_t a = ui_attr_el(EL_HELP);
	char *foot;

	if (h > ui->rows - 2)
		h = ui->rows - 2;
	if (w > ui->cols - 4)
		w = ui->cols - 4;
	if (ui->whelp != NULL)
		delwin(ui->whelp);
	ui->whelp = newwin(h, w, (ui->rows - h) / 2, (ui->cols - w) / 2);
	if (ui->whelp == NULL)
		return;
	if (ui->help_top > n - (h - 4))
		ui->help_top = n - (h - 4) > 0 ? n - (h - 4) : 0;
	wbkgdset(ui->whelp, ' ' | a);
	werase(ui->whelp);
	wattrset(ui->whelp, a);
	box(ui->whelp, 0, 0);
	wmove(ui->whelp, 0, 2);
	ui_put(ui->whelp, " partyline keys ", 16, a | A_BOLD);
	for (y = 0, i = ui->help_top; i < n && y < h - 4; y++, i++) {
		wmove(ui->whelp, 1 + y, 2);
		ui_put_cut(ui->whelp, ui->help_lines[i], w - 4,
		    ui->help_lines[i][0] != ' ' ? a | A_BOLD : a);
	}
	wmove(ui->whelp, h - 2, 2);
	foot = ui_help_foot(ui, n > h - 4);
	ui_put_cut(ui->whelp, foot, w - 4, a | A_DIM);
	free(foot);
	wnoutrefresh(ui->whelp);
}

int
ui_help_key(struct ui *ui, enum keys_action act)
{
	switch (act) {
	case KA_LINE_DOWN: case KA_PAGE_DOWN: case KA_HALF_DOWN:
		ui->help_top += act == KA_LINE_DOWN ? 1 : 10;
		break;
	case KA_LINE_UP: case KA_PAGE_UP: case KA_HALF_UP:
		ui->help_top -= act == KA_LINE_UP ? 1 : 10;
		if (ui->help_top < 0)
			ui->help_top = 0;
		break;
	case KA_TOP:
		ui->help_top = 0;
		break;
	case KA_BOTTOM:
		ui->help_top = ui_help_count(ui);
		break;
	default:
		return 0;
	}
	ui->dirty |= UI_HELP;
	return 1;
}
