/*
 * cfg.c: the config file (cfg.h). Each line is split into words
 * (double quotes keep blanks; # starts a comment at a word's start) and
 * handed to its command; a word we do not know gets a "did you mean".
 */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cfg.h"
#include "textfile.h"
#include "util.h"

#define CFG_WORDS	8

struct cfg_line {
	const char *path;
	int line;
	char *w[CFG_WORDS];
	int n;
};

static int cfg_file(struct cfg *, const char *, char **);

/* A word of the file fit for a message: no control characters, short. */
static char *
cfg_quote(const char *w)
{
	char *q = xstrndup(w, strnlen(w, 40)), *p;

	for (p = q; *p != '\0'; p++)
		if ((unsigned char)*p < 0x20 || *p == 0x7f)
			*p = '?';
	return q;
}

/* *cause = "FILE:LINE: " fmt, where fmt has one %s for the word w and
 * the hint " (did you mean G?)" follows when guess is not NULL. */
static int
cfg_error(const struct cfg_line *l, char **cause, const char *fmt,
    const char *w, const char *guess)
{
	char *q = cfg_quote(w != NULL ? w : ""), *m;

	m = xasprintf(fmt, q);
	*cause = xasprintf("%s:%d: %s%s%s%s", l->path, l->line, m,
	    guess != NULL ? " (did you mean " : "", guess != NULL ? guess : "",
	    guess != NULL ? "?)" : "");
	free(m);
	free(q);
	return -1;
}

/* Split text into l's words; -1 on too many or an unclosed quote. */
static int
cfg_split(char *text, struct cfg_line *l)
{
	char *p = text, *o;

	for (l->n = 0;;) {
		while (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\n')
			p++;
		if (*p == '\0' || *p == '#')
			return 0;
		if (l->n == CFG_WORDS)
			return -1;
		if (*p == '"') {	/* "a word with blanks" */
			l->w[l->n++] = o = ++p;
			while (*p != '\0' && *p != '"')
				*o++ = *p++;
			if (*p != '"')
				return -1;
			p++;
			*o = '\0';
			continue;
		}
		l->w[l->n++] = p;
		while (*p != '\0' && strchr(" \t\r\n", *p) == NULL)
			p++;
		if (*p != '\0')
			*p++ = '\0';
	}
}

/* A path from the file: ~/ is the home directory; a relative one is
 * relative to the file it is written in. Allocated. */
static char *
cfg_path(const struct cfg_line *l, const char *w)
{
	const char *home = getenv("HOME"), *slash = strrchr(l->path, '/');

	if (w[0] == '~' && w[1] == '/' && home != NULL)
		return xasprintf("%s%s", home, w + 1);
	if (w[0] == '/' || slash == NULL)
		return xstrdup(w);
	return xasprintf("%.*s/%s", (int)(slash - l->path), l->path, w);
}

/* The word count a command wants: n words exactly. */
static int
cfg_args(const struct cfg_line *l, int n, const char *usage, char **cause)
{
	if (l->n == n)
		return 0;
	return cfg_error(l, cause, "usage: %s", usage, NULL);
}

/* A number from lo to hi; -1 if w is not one. */
static int
cfg_number(const char *w, int lo, int hi)
{
	char *end;
	long v;

	errno = 0;
	v = strtol(w, &end, 10);
	if (end == w || *end != '\0' || errno != 0 || v < lo || v > hi)
		return -1;
	return (int)v;
}

static const char *cfg_options[] = { "pane-width", "pane", "wrap" };

/* set pane-width 40% | set pane-width 50 | set pane on | set wrap 72 */
static int
cfg_set(struct cfg *c, const struct cfg_line *l, char **cause)
{
	const char *o, *v;
	size_t n;
	int x;

	if (cfg_args(l, 3, "set OPTION VALUE", cause) != 0)
		return -1;
	o = l->w[1];
	v = l->w[2];
	if (strcmp(o, "pane") == 0) {
		if (strcmp(v, "on") != 0 && strcmp(v, "off") != 0)
			return cfg_error(l, cause, "pane is on or off, not '%s'", v, NULL);
		c->pane = strcmp(v, "on") == 0;
	} else if (strcmp(o, "pane-width") == 0) {
		char *num = xstrdup(v);

		n = strlen(num);
		c->pane_pct = n > 0 && num[n - 1] == '%';
		if (c->pane_pct)
			num[n - 1] = '\0';
		x = cfg_number(num, c->pane_pct ? 10 : 20, c->pane_pct ? 90 : 1000);
		free(num);
		if (x < 0)
			return cfg_error(l, cause, "bad pane-width '%s' "
			    "(10%%-90%%, or 20-1000 columns)", v, NULL);
		c->pane_width = x;
	} else if (strcmp(o, "wrap") == 0) {
		if ((x = cfg_number(v, 20, 10000)) < 0)
			return cfg_error(l, cause, "bad wrap '%s' (20-10000 columns)",
			    v, NULL);
		c->wrap = x;
	} else
		return cfg_error(l, cause, "unknown option '%s'", o,
		    util_closest(o, cfg_options, 3));
	return 0;
}

/* bind KEY ACTION | unbind KEY */
static int
cfg_bind(struct cfg *c, const struct cfg_line *l, char **cause)
{
	char *why = NULL, *p;
	int r, bind = strcmp(l->w[0], "bind") == 0;

	if (cfg_args(l, bind ? 3 : 2, bind ? "bind KEY ACTION" : "unbind KEY",
	    cause) != 0)
		return -1;
	r = bind ? keys_bind(c->keys, l->w[1], l->w[2], &why) :
	    keys_unbind(c->keys, l->w[1], &why);
	if (r != 0) {	/* keys.c's message, made safe to show */
		for (p = why; *p != '\0'; p++)
			if ((unsigned char)*p < 0x20 || *p == 0x7f)
				*p = '?';
		*cause = xasprintf("%s:%d: %s", l->path, l->line, why);
		free(why);
	}
	return r;
}

/* include FILE */
static int
cfg_include(struct cfg *c, const struct cfg_line *l, char **cause)
{
	char *path, real[PATH_MAX];
	int i, r;

	if (cfg_args(l, 2, "include FILE", cause) != 0)
		return -1;
	path = cfg_path(l, l->w[1]);
	if (realpath(path, real) == NULL) {
		char *fmt = xasprintf("include '%%s': %s", strerror(errno));

		r = cfg_error(l, cause, fmt, l->w[1], NULL);
		free(fmt);
		free(path);
		return r;
	}
	for (i = 0; i < c->depth; i++)
		if (strcmp(c->open[i], real) == 0) {
			free(path);
			return cfg_error(l, cause,
			    "include loop: '%s' is already being read", l->w[1], NULL);
		}
	if (c->depth == CFG_DEPTH) {
		free(path);
		return cfg_error(l, cause, "include '%s': nested too deeply",
		    l->w[1], NULL);
	}
	r = cfg_file(c, path, cause);
	free(path);
	return r;
}

static const char *cfg_commands[] = { "theme", "bind", "unbind", "set",
	"lexicon", "include" };

/* One line of a file. */
static int
cfg_line(struct cfg *c, struct cfg_line *l, char *text, char **cause)
{
	if (cfg_split(text, l) != 0)
		return cfg_error(l, cause, "too many words or an unclosed quote%s",
		    "", NULL);
	if (l->n == 0)
		return 0;
	if (strcmp(l->w[0], "bind") == 0 || strcmp(l->w[0], "unbind") == 0)
		return cfg_bind(c, l, cause);
	if (strcmp(l->w[0], "set") == 0)
		return cfg_set(c, l, cause);
	if (strcmp(l->w[0], "include") == 0)
		return cfg_include(c, l, cause);
	if (strcmp(l->w[0], "theme") == 0 || strcmp(l->w[0], "lexicon") == 0) {
		if (cfg_args(l, 2, l->w[0][0] == 't' ? "theme NAME" :
		    "lexicon PATH", cause) != 0)
			return -1;
		if (l->w[0][0] == 't') {
			free(c->theme);
			free(c->theme_at);
			c->theme = strchr(l->w[1], '/') != NULL ?
			    cfg_path(l, l->w[1]) : xstrdup(l->w[1]);
			c->theme_at = xasprintf("%s:%d", l->path, l->line);
		} else
			*VEC_PUSH(c->lexicons) = cfg_path(l, l->w[1]);
		return 0;
	}
	return cfg_error(l, cause, "unknown command '%s'", l->w[0],
	    util_closest(l->w[0], cfg_commands, 6));
}

/* Read the file at path, line by line, into c (textfile.c refuses
 * what is not a text file: a FIFO, a device, NUL bytes, huge lines). */
static int
cfg_file(struct cfg *c, const char *path, char **cause)
{
	struct cfg_line l;
	struct textfile *tf;
	char *text, real[PATH_MAX];
	int r = 0;

	if ((tf = textfile_open(path, cause)) == NULL)
		return -1;
	if (realpath(path, real) == NULL) {
		*cause = xasprintf("%s: %s", path, strerror(errno));
		textfile_close(tf);
		return -1;
	}
	memset(&l, 0, sizeof l);
	l.path = path;
	c->open[c->depth++] = xstrdup(real);
	while (r == 0 && (text = textfile_next(tf, NULL)) != NULL) {
		l.line = (int)tf->line;
		r = cfg_line(c, &l, text, cause);
	}
	textfile_close(tf);
	free(c->open[--c->depth]);
	return r;
}

int
cfg_load(struct cfg *c, const char *path, char **cause)
{
	return cfg_file(c, path, cause);
}

struct cfg *
cfg_new(void)
{
	struct cfg *c = xcalloc(1, sizeof *c);

	c->pane = -1;
	c->keys = keys_new();
	return c;
}

void
cfg_free(struct cfg *c)
{
	size_t i;

	if (c == NULL)
		return;
	free(c->theme);
	free(c->theme_at);
	for (i = 0; i < c->lexicons.n; i++)
		free(c->lexicons.v[i]);
	VEC_FREE(c->lexicons);
	keys_free(c->keys);
	free(c);
}

char *
cfg_default_path(void)
{
	const char *xdg = getenv("XDG_CONFIG_HOME"), *home = getenv("HOME");

	if (xdg != NULL && *xdg == '/')
		return xasprintf("%s/partyline/config", xdg);
	return xasprintf("%s/.config/partyline/config",
	    home != NULL && *home != '\0' ? home : ".");
}

int
cfg_pane_columns(const struct cfg *c, int cols)
{
	int w;

	if (c == NULL || c->pane_width == 0)
		w = cols * 38 / 100;
	else
		w = c->pane_pct ? cols * c->pane_width / 100 : c->pane_width;
	if (w < 28)
		w = 28;
	if (w > cols - 30)
		w = cols - 30;
	return w;
}
