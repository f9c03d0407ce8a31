/*
 * ui_theme.c: the `t` key. The themes to cycle through are the built-in
 * one, then every theme in the user's and the bundled directory by name,
 * sorted; a file given to --theme by its path comes right after the
 * built-in one. A theme that fails to load says why in the status line
 * and changes nothing.
 */
#include <stdlib.h>
#include <string.h>

#include "partyline.h"
#include "ui_int.h"
#include "util.h"

/* Add a theme to the cycle at index at: its name, and its file (NULL:
 * built in). */
static void
ui_theme_add(struct ui *ui, size_t at, const char *name, char *path)
{
	ui->themes = xrealloc(ui->themes, (ui->nthemes + 1) * sizeof *ui->themes);
	memmove(ui->themes + at + 1, ui->themes + at,
	    (ui->nthemes - at) * sizeof *ui->themes);
	ui->themes[at].name = xstrdup(name);
	ui->themes[at].path = path;
	ui->nthemes++;
}

void
ui_theme_init(struct ui *ui, const struct options *o)
{
	char **dirs = theme_dirs(partyline_datadir()), **names, *cause = NULL;
	size_t i;

	ui_theme_add(ui, 0, "default", NULL);
	names = theme_list(dirs);
	for (i = 0; names[i] != NULL; i++)
		if (strcmp(names[i], "default") != 0)	/* the built-in's copy */
			ui_theme_add(ui, ui->nthemes, names[i],
			    theme_find(names[i], dirs, &cause));
	ui->theme_cur = 0;
	if (o->theme != NULL && strcmp(o->theme, "default") != 0) {
		for (i = 1; i < ui->nthemes; i++)
			if (strcmp(o->theme, ui->themes[i].name) == 0)
				ui->theme_cur = i;
		if (ui->theme_cur == 0) {	/* a file by its path */
			ui_theme_add(ui, 1, theme_name(), xstrdup(o->theme));
			ui->theme_cur = 1;
		}
	}
	free(cause);
	theme_strings_free(names);
	theme_strings_free(dirs);
}

/* The next theme in the cycle, named in the status line. */
void
ui_theme_next(struct ui *ui)
{
	struct theme t;
	const struct ui_theme *n;
	char *cause = NULL;

	ui->theme_cur = (ui->theme_cur + 1) % ui->nthemes;
	n = &ui->themes[ui->theme_cur];
	memset(&t, 0, sizeof t);
	if (n->path == NULL)
		theme_builtin(&t);
	else if (theme_load(&t, n->path, &cause) != 0) {
		ui_message(ui, 1, "%s", cause);
		free(cause);
		return;
	}
	theme_use(&t);
	theme_free(&t);
	ui_restyle(ui);
	ui_message(ui, 0, "theme: %s (%zu/%zu)", n->name, ui->theme_cur + 1,
	    ui->nthemes);
}

void
ui_theme_free(struct ui *ui)
{
	size_t i;

	for (i = 0; i < ui->nthemes; i++) {
		free(ui->themes[i].name);
		free(ui->themes[i].path);
	}
	free(ui->themes);
}
