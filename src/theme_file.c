/*
 * theme_file.c: theme files and where they are found. A file is lines of
 *
 *	# comment
 *	include FILE
 *	color ELEMENT FG [BG [ATTR...]]		(also colour)
 *
 * parsed into a copy of the table that replaces the caller's only when
 * the whole file (with its includes) is good (tmux's style.c habit).
 * Errors read "FILE:LINE: message".
 */
#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "textfile.h"
#include "theme.h"
#include "util.h"
#include "vec.h"

#define THEME_DEPTH	8	/* includes nested at most this deep */
#define THEME_WORDS	16	/* words on a line at most */

struct theme_parse {
	struct style el[EL_COUNT];
	int set[EL_COUNT];
	char *open[THEME_DEPTH];	/* real paths of the files being read */
	int depth;
};

static const struct {
	const char *name;
	unsigned bit;
} theme_attrs[] = {
	{ "bold", STYLE_BOLD }, { "dim", STYLE_DIM },
	{ "underline", STYLE_UNDERLINE }, { "italic", STYLE_ITALIC },
	{ "reverse", STYLE_REVERSE }, { "blink", STYLE_BLINK },
	{ "standout", STYLE_STANDOUT }, { "none", 0 },
};

static int theme_file(struct theme_parse *, const char *, char **);

/* A word of the file fit to quote in a message: not too long; allocated.
 * Its control characters are shown safely where the message is shown
 * (safe.h), as everything of outside origin is. */
static char *
theme_quote(const char *w)
{
	return xstrndup(w, strnlen(w, 40));
}

/* An error "FILE:LINE: fmt" where fmt has one %s, the word w quoted. */
static int
theme_error(char **cause, const char *path, int line, const char *fmt,
    const char *w)
{
	char *q = theme_quote(w != NULL ? w : ""), *m;

	m = xasprintf(fmt, q);
	*cause = xasprintf("%s:%d: %s", path, line, m);
	free(m);
	free(q);
	return -1;
}

/* Split line into words at blanks, stopping at a comment: a '#' at the
 * start of a word that is alone or followed by a blank (so #rrggbb is a
 * colour), or any '#' first on the line. Returns the count, or
 * THEME_WORDS + 1 if there are too many. */
static int
theme_split(char *line, char **w)
{
	int n = 0;
	char *p = line;

	for (;;) {
		while (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\n')
			p++;
		if (*p == '\0' || (*p == '#' && (n == 0 || p[1] == '\0' ||
		    strchr(" \t\r\n", p[1]) != NULL)))
			return n;
		if (n == THEME_WORDS)
			return n + 1;
		w[n++] = p;
		while (*p != '\0' && strchr(" \t\r\n", *p) == NULL)
			p++;
		if (*p != '\0')
			*p++ = '\0';
	}
}

/* The attributes word w names into *bits; -1 if none. */
static int
theme_attr(const char *w, unsigned *bits)
{
	size_t i;

	for (i = 0; i < sizeof theme_attrs / sizeof theme_attrs[0]; i++)
		if (strcmp(w, theme_attrs[i].name) == 0) {
			if (theme_attrs[i].bit == 0)
				*bits = 0;
			else
				*bits |= theme_attrs[i].bit;
			return 0;
		}
	return -1;
}

/* color ELEMENT FG [BG [ATTR...]] */
static int
theme_color(struct theme_parse *tp, char **w, int n, const char *path,
    int line, char **cause)
{
	struct style s = { COLOUR_DEFAULT, COLOUR_DEFAULT, 0, 0 };
	int e, i;

	if (n < 3)
		return theme_error(cause, path, line,
		    "%s needs an element and a colour", w[0]);
	if ((e = theme_element_find(w[1])) < 0)
		return theme_error(cause, path, line, "unknown element '%s'", w[1]);
	if ((s.fg = colour_parse(w[2])) == COLOUR_INVALID)
		return theme_error(cause, path, line, "bad colour '%s'", w[2]);
	if (n > 3 && (s.bg = colour_parse(w[3])) == COLOUR_INVALID)
		return theme_error(cause, path, line, "bad colour '%s'", w[3]);
	for (i = 4; i < n; i++)
		if (theme_attr(w[i], &s.attrs) != 0)
			return theme_error(cause, path, line,
			    "bad attribute '%s'", w[i]);
	if (s.bg >= 0)
		s.mono = theme_element_mono((enum theme_element)e);
	tp->el[e] = s;
	tp->set[e] = 1;
	return 0;
}

/* Directories an include by name is looked up in after the including
 * file's own (theme_include_dirs). */
static char **theme_inc_dirs;

void
theme_include_dirs(char *const *dirs)
{
	size_t i, n = 0;

	theme_strings_free(theme_inc_dirs);
	while (dirs != NULL && dirs[n] != NULL)
		n++;
	theme_inc_dirs = xcalloc(n + 1, sizeof *theme_inc_dirs);
	for (i = 0; i < n; i++)
		theme_inc_dirs[i] = xstrdup(dirs[i]);
}

/* Is the file at real one being read (an include loop)? */
static int
theme_is_open(const struct theme_parse *tp, const char *real)
{
	int i;

	for (i = 0; i < tp->depth; i++)
		if (strcmp(tp->open[i], real) == 0)
			return 1;
	return 0;
}

/* The file include word w names, into real: w relative to the including
 * file's directory, else a theme of that name in theme_inc_dirs
 * (`include default.theme` or `include solarized` in a user's theme finds
 * the shipped one), skipping files being read, so a user's default.theme
 * may include ours. 0 and *found (allocated), -1 with errno, or 1: only
 * files being read. */
static int
theme_include_find(const struct theme_parse *tp, const char *path,
    const char *w, char **found)
{
	char real[PATH_MAX];
	const char *slash = strrchr(path, '/');
	char *c;
	int e = ENOENT, loop = 0, i, r;

	for (i = -1; i < 0 || (strchr(w, '/') == NULL && theme_inc_dirs != NULL &&
	    theme_inc_dirs[i / 2] != NULL); i++) {
		if (i < 0)
			c = w[0] == '/' || slash == NULL ? xstrdup(w) :
			    xasprintf("%.*s/%s", (int)(slash - path), path, w);
		else
			c = xasprintf("%s/%s%s", theme_inc_dirs[i / 2], w,
			    i % 2 ? ".theme" : "");
		r = realpath(c, real) != NULL;
		if (!r && i < 0)
			e = errno;
		if (r && !theme_is_open(tp, real)) {
			*found = c;	/* as written, for messages */
			return 0;
		}
		free(c);
		loop |= r;
	}
	errno = e;
	return loop ? 1 : -1;
}

/* include FILE: relative to the including file's directory, or a
 * bundled theme by name. */
static int
theme_include(struct theme_parse *tp, char **w, int n, const char *path,
    int line, char **cause)
{
	char *fmt, *inc = NULL;
	int r;

	if (n < 2)
		return theme_error(cause, path, line, "include needs a file%s", "");
	if (n > 2)
		return theme_error(cause, path, line, "too many arguments%s", "");
	if ((r = theme_include_find(tp, path, w[1], &inc)) < 0) {
		fmt = xasprintf("include '%%s': %s", strerror(errno));
		r = theme_error(cause, path, line, fmt, w[1]);
		free(fmt);
		return r;
	}
	if (r > 0)
		return theme_error(cause, path, line,
		    "include loop: '%s' is already being read", w[1]);
	if (tp->depth == THEME_DEPTH) {
		free(inc);
		return theme_error(cause, path, line,
		    "include '%s': nested too deeply", w[1]);
	}
	r = theme_file(tp, inc, cause);
	free(inc);
	return r;
}

/* One line of a file. */
static int
theme_line(struct theme_parse *tp, char *text, const char *path, int line,
    char **cause)
{
	char *w[THEME_WORDS];
	int n = theme_split(text, w);

	if (n == 0)
		return 0;
	if (n > THEME_WORDS)
		return theme_error(cause, path, line, "too many arguments%s", "");
	if (strcmp(w[0], "color") == 0 || strcmp(w[0], "colour") == 0)
		return theme_color(tp, w, n, path, line, cause);
	if (strcmp(w[0], "include") == 0)
		return theme_include(tp, w, n, path, line, cause);
	return theme_error(cause, path, line, "unknown command '%s'", w[0]);
}

/* Read the file at path, line by line, into tp. */
static int
theme_file(struct theme_parse *tp, const char *path, char **cause)
{
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
	tp->open[tp->depth++] = xstrdup(real);
	while (r == 0 && (text = textfile_next(tf, NULL)) != NULL)
		r = theme_line(tp, text, path, (int)tf->line, cause);
	textfile_close(tf);
	free(tp->open[--tp->depth]);
	return r;
}

/* The theme's name from its path: the base name without ".theme". */
static char *
theme_path_name(const char *path)
{
	const char *b = strrchr(path, '/');
	size_t n;

	b = b != NULL ? b + 1 : path;
	n = strlen(b);
	if (n > 6 && strcmp(b + n - 6, ".theme") == 0)
		n -= 6;
	return xstrndup(b, n);
}

int
theme_load(struct theme *t, const char *path, char **cause)
{
	struct theme_parse tp;
	const struct style plain = { COLOUR_DEFAULT, COLOUR_DEFAULT, 0, 0 };
	int e, p;

	memset(&tp, 0, sizeof tp);
	if (theme_file(&tp, path, cause) != 0)
		return -1;
	for (e = 0; e < EL_COUNT; e++) {	/* parents come first */
		p = (int)theme_element_parent((enum theme_element)e);
		if (!tp.set[e])
			tp.el[e] = e == EL_TEXT || p == EL_TEXT ? plain : tp.el[p];
	}
	theme_free(t);
	t->name = theme_path_name(path);
	memcpy(t->el, tp.el, sizeof t->el);
	return 0;
}

char **
theme_dirs(const char *datadir)
{
	const char *xdg = getenv("XDG_CONFIG_HOME"), *home = getenv("HOME");
	char **d = xcalloc(3, sizeof *d);

	if (xdg != NULL && *xdg == '/')
		d[0] = xasprintf("%s/partyline/themes", xdg);
	else
		d[0] = xasprintf("%s/.config/partyline/themes",
		    home != NULL && *home != '\0' ? home : ".");
	d[1] = xasprintf("%s/themes", datadir);
	return d;
}

void
theme_strings_free(char **v)
{
	size_t i;

	if (v == NULL)
		return;
	for (i = 0; v[i] != NULL; i++)
		free(v[i]);
	free(v);
}

/* Is spec a path rather than a name? */
static int
theme_is_path(const char *spec)
{
	size_t n = strlen(spec);

	return strchr(spec, '/') != NULL ||
	    (n >= 6 && strcmp(spec + n - 6, ".theme") == 0);
}

/* "theme 'solarised': not found (did you mean solarized?)"; without a
 * near name, where it looked and how to list them. */
static char *
theme_not_found(const char *quoted, const char *where, char *const *dirs)
{
	char **names = theme_list(dirs), *out;
	size_t n = 0;
	const char *guess;

	while (names[n] != NULL)
		n++;
	guess = util_closest(quoted, (const char *const *)names, n);
	if (guess != NULL)
		out = xasprintf("theme '%s': not found (did you mean %s?)",
		    quoted, guess);
	else
		out = xasprintf("theme '%s': not found (looked in %s; "
		    "--list-themes shows them)", quoted,
		    where != NULL ? where : "no directory");
	theme_strings_free(names);
	return out;
}

char *
theme_find(const char *spec, char *const *dirs, char **cause)
{
	char *path, *where = NULL, *t;
	size_t i;

	if (theme_is_path(spec))
		return xstrdup(spec);
	for (i = 0; dirs[i] != NULL; i++) {
		path = xasprintf("%s/%s.theme", dirs[i], spec);
		if (access(path, R_OK) == 0) {
			free(where);
			return path;
		}
		free(path);
		t = xasprintf("%s%s%s", where != NULL ? where : "",
		    where != NULL ? ", " : "", dirs[i]);
		free(where);
		where = t;
	}
	t = theme_quote(spec);
	*cause = theme_not_found(t, where, dirs);
	free(t);
	free(where);
	return NULL;
}

/* Sort names bytewise. */
static int
theme_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

char **
theme_list(char *const *dirs)
{
	VEC(char *) v = { 0 };
	struct dirent *de;
	DIR *dp;
	size_t i, k, n;

	for (i = 0; dirs[i] != NULL; i++) {
		if ((dp = opendir(dirs[i])) == NULL)
			continue;
		while ((de = readdir(dp)) != NULL) {
			n = strlen(de->d_name);
			if (de->d_name[0] != '.' && n > 6 &&
			    strcmp(de->d_name + n - 6, ".theme") == 0)
				*VEC_PUSH(v) = xstrndup(de->d_name, n - 6);
		}
		closedir(dp);
	}
	if (v.n > 0)
		qsort(v.v, v.n, sizeof *v.v, theme_cmp);
	for (i = k = 0; i < v.n; i++) {	/* the user's and ours: once */
		if (k > 0 && strcmp(v.v[k - 1], v.v[i]) == 0)
			free(v.v[i]);
		else
			v.v[k++] = v.v[i];
	}
	v.n = k;
	*VEC_PUSH(v) = NULL;
	return v.v;
}
