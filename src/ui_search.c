/*
 * ui_search.c: the search prompt in the status line and moving between
 * matches in an article (the list's search is ui_list.c's). Matching
 * itself is search.c's (pcre2, no curses); a bad pattern shows pcre2's
 * message in the status line.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unistr.h>

#include "ui_int.h"
#include "util.h"

void
ui_search_start(struct ui *ui, int fwd)
{
	ui->prompt = fwd ? '/' : '\\';
	ui->pat[0] = '\0';
	ui->dirty |= UI_STATUS;
}

void
ui_search_draw_prompt(struct ui *ui)
{
	WINDOW *w = ui->wstatus;
	attr_t bar = ui_attr_el(EL_STATUS);
	static const char *pipes[] = { "pipe the article to: ",
	    "pipe the claim to: ", "pipe the party list to: " };
	const char *label = ui->prompt == '/' ? "search: " :
	    ui->prompt == '|' ? pipes[ui->pipe_what == 'a' ? 0 :
	    ui->pipe_what == 'c' ? 1 : 2] : "search backward: ";
	size_t len = strlen(ui->pat), skip = 0;
	int cols, room = ui->cols - (int)strlen(label) - 3;

	wmove(w, 0, 1);
	if (ui->prompt == 'w') {	/* which text to pipe: one key */
		label = "pipe: a article   c current claim   p party list   (Esc: none)";
		ui_put_cut(w, label, ui->cols - 2, bar | A_BOLD);
		wnoutrefresh(w);
		return;
	}
	ui_put(w, label, strlen(label), bar | A_BOLD);
	while (reader_fit(ui->pat + skip, len - skip, room, &cols) < len - skip)
		skip += (size_t)u8_mblen((const uint8_t *)ui->pat + skip, len - skip);
	ui_put(w, ui->pat + skip, len - skip, bar);
	ui_put(w, "_", 1, bar | A_BLINK);
	wnoutrefresh(w);
}

/* Show match i: scroll to it, say which it is. */
static void
ui_search_show(struct ui *ui, long i, int wrapped)
{
	struct ui_art *a = ui->art;

	a->hit = i;
	ui_article_show(ui, a->search->hits.v[i].start);
	ui_message(ui, 0, "/%s  match %ld/%zu%s%s", a->search->pattern, i + 1,
	    a->search->hits.n, a->search->truncated ? "+" : "",
	    wrapped ? "  (wrapped)" : "");
	ui->dirty |= UI_ART | UI_STATUS;
}

/* Run the typed pattern. */
static void
ui_search_run(struct ui *ui)
{
	struct ui_art *a = ui->art;
	struct search *s;
	char *cause = NULL;
	int wrapped;
	long i;

	if (ui->pat[0] == '\0')
		return;
	if (a == NULL) {
		ui_list_search(ui, ui->pat, ui->prompt == '/');
		return;
	}
	s = search_new(ui->pat, a->doc->text, a->doc->len, &cause);
	if (s == NULL) {
		ui_message(ui, 1, "search: %s", cause);
		free(cause);
		return;
	}
	search_free(a->search);
	a->search = s;
	a->search_fwd = ui->prompt == '/';
	a->hit = -1;
	ui->dirty |= UI_ART;
	if (s->hits.n == 0) {
		ui_message(ui, 1, "not found: %s", ui->pat);
		return;
	}
	i = search_find(s, a->layout->lines.v[a->top].start, a->search_fwd, &wrapped);
	ui_search_show(ui, i, wrapped);
}

void
ui_search_step(struct ui *ui, int fwd)
{
	struct ui_art *a = ui->art;
	uint32_t from;
	int wrapped;
	long i;

	if (a->search == NULL || a->search->hits.n == 0) {
		ui_message(ui, 0, "no search: / to search");
		return;
	}
	if (a->hit >= 0)
		from = a->search->hits.v[a->hit].start + (fwd ? 1 : 0);
	else
		from = a->layout->lines.v[a->top].start;
	i = search_find(a->search, from, fwd, &wrapped);
	ui_search_show(ui, i, wrapped);
}

/* Delete the last character of the pattern. */
static void
ui_search_backspace(struct ui *ui)
{
	size_t n = strlen(ui->pat);

	while (n > 0 && ((unsigned char)ui->pat[n - 1] & 0xc0) == 0x80)
		n--;
	if (n > 0)
		n--;
	ui->pat[n] = '\0';
}

void
ui_search_input(struct ui *ui, int k)
{
	size_t n = strlen(ui->pat);
	int len;

	ui->dirty |= UI_STATUS;
	if (k == KEYC_ESC || (k == KEYC_BSPACE && n == 0) || k == 3 /* C-c */) {
		ui->prompt = 0;
	} else if (k == KEYC_ENTER) {
		if (ui->prompt == '|') {
			ui->prompt = 0;
			ui_act_pipe_run(ui);
		} else
			ui_search_run(ui);
		ui->prompt = 0;
	} else if (k == KEYC_BSPACE)
		ui_search_backspace(ui);
	else if (k == 0x15)	/* C-u */
		ui->pat[0] = '\0';
	else if (k >= 0x20 && k < KEYC_BASE && n + 5 < sizeof ui->pat) {
		len = u8_uctomb((uint8_t *)ui->pat + n, (ucs4_t)k, 4);
		if (len > 0)
			ui->pat[n + (size_t)len] = '\0';
	}
}
