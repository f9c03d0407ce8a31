/*
 * ui_help.c: the help overlay, a box over the reader listing the key
 * table's help text (keys_help), scrolled with the usual keys.
 */
#include <stdlib.h>
#include <string.h>

#include "ui_int.h"

/* Lines of help text. */
static long
ui_help_count(const struct ui *ui)
{
	long n = 0;

	while (ui->help_lines[n] != NULL)
		n++;
	return n;
}

void
ui_help_draw(struct ui *ui)
{
	long n = ui_help_count(ui), i;
	int h = (int)n + 4, w = 72, y;
	attr_t a = ui_attr_el(EL_HELP);

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
	ui_put_cut(ui->whelp, n > h - 4 ? "j/k scroll   q or Esc close" :
	    "q or Esc close", w - 4, a | A_DIM);
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
