/*
 * main.c: command line, data directory, the analysis pipeline, and the choice
 * of view: --json, --dump (also when stdout is not a terminal), or the reader.
 */
#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <dirent.h>
#include <unistd.h>

#include "config.h"
#include "claims.h"
#include "doc.h"
#include "dump.h"
#include "entities.h"
#include "json.h"
#include "lexicon.h"
#include "partyline.h"
#include "safe.h"
#include "segment.h"
#include "theme.h"
#include "ui.h"
#include "util.h"

static const char usage_text[] =
"usage: partyline [OPTION]... [FILE|DIR]...\n"
"Read news in the terminal with every country, official and company\n"
"coloured and every claim attributed to its party.\n"
"\n"
"With no FILE, read standard input if it is not a terminal, else open the\n"
"bundled sample article. FILE may be - for standard input.\n"
"\n"
"  -j, --json            print the analysed document as JSON\n"
"  -d, --dump            print the article wrapped and coloured, no reader\n"
"  -w, --width=N         wrap the dump to N columns (default: terminal, or 80)\n"
"      --color=WHEN      colour the dump: auto, always or never (also --colour);\n"
"                        never: attributes only in the reader too\n"
"  -t, --theme=THEME     colours from THEME: a name (light, ink, mono, or\n"
"                        one of yours) or a theme file\n"
"  -f, --force           read files that look binary\n"
"  -l, --lexicon=FILE    add the entities in FILE (TSV) to the lexicon\n"
"  -h, --help            show this help and exit\n"
"  -V, --version         show the version and exit\n"
"\n"
"Exit status: 0 on success, 2 on bad input or usage.\n"
"See partyline(1) for keys and files.\n";

static int
main_exists(const char *path)
{
	struct stat st;

	return stat(path, &st) == 0;
}

/* Source tree when running the binary built there, else the install. */
const char *
partyline_datadir(void)
{
	static char *dir;
	char exe[PATH_MAX], *env;
	ssize_t n;

	if (dir != NULL)
		return dir;
	if ((env = getenv("PARTYLINE_DATADIR")) != NULL && *env != '\0')
		return dir = xstrdup(env);
	n = readlink("/proc/self/exe", exe, sizeof exe - 1);
	if (n > 0) {
		exe[n] = '\0';
		if (strcmp(exe, ABS_BUILDDIR "/src/partyline") == 0 ||
		    strncmp(exe, ABS_BUILDDIR "/", strlen(ABS_BUILDDIR) + 1) == 0) {
			if (main_exists(ABS_SRCDIR "/data"))
				return dir = xstrdup(ABS_SRCDIR);
		}
	}
	return dir = xstrdup(PKGDATADIR);
}

void
partyline_analyse(struct doc *d, const struct lexicon *lx)
{
	segment_run(d, lx);
	entities_run(d, lx);
	claims_run(d, lx);
}

static int
main_terminal_width(void)
{
	struct winsize ws;
	const char *cols = getenv("COLUMNS");

	if (isatty(STDOUT_FILENO) && ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 &&
	    ws.ws_col > 0)
		return ws.ws_col;
	if (cols != NULL && atoi(cols) > 0)
		return atoi(cols);
	return 80;
}

static void
main_die_usage(const char *msg, const char *arg)
{
	safe_warn("%s%s%s", msg, arg ? ": " : "", arg ? arg : "");
	fputs("Try 'partyline --help' for more information.\n", stderr);
	exit(2);
}

/* The file list for standard input (a compound literal would die with its block). */
static const char *main_stdin_files[] = { "-" };

/* $XDG_CONFIG_HOME/partyline/lexicon, or ~/.config/partyline/lexicon. */
static char *
main_user_lexicon_dir(void)
{
	const char *xdg = getenv("XDG_CONFIG_HOME"), *home = getenv("HOME");

	if (xdg != NULL && *xdg == '/')
		return xasprintf("%s/partyline/lexicon", xdg);
	return xasprintf("%s/.config/partyline/lexicon",
	    home != NULL && *home != '\0' ? home : ".");
}

/* Say why a lexicon failed to load and exit 2, freeing what we hold. */
static void
main_lexicon_fail(struct lexicon *lx, char *cause)
{
	safe_warn("%s", cause);
	free(cause);
	lexicon_free(lx);
	exit(2);
}

static struct lexicon *
main_lexicon(char **user, size_t nuser)
{
	struct lexicon *lx = lexicon_new();
	char *cause = NULL, *path;
	size_t i;
	int r;

	path = xasprintf("%s/data", partyline_datadir());
	r = lexicon_load_dir(lx, path, &cause);
	free(path);
	if (r != 0)
		main_lexicon_fail(lx, cause);
	path = main_user_lexicon_dir();
	r = lexicon_load_user_dir(lx, path, &cause);
	free(path);
	if (r != 0)
		main_lexicon_fail(lx, cause);
	for (i = 0; i < nuser; i++)
		if (lexicon_load_user(lx, user[i], &cause) != 0)
			main_lexicon_fail(lx, cause);
	return lx;
}

/* Sort file names bytewise, so the order does not depend on the locale. */
static int
main_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Append every *.txt in directory dir to out, sorted; exit 2 if none. */
static void
main_expand_dir(const char *dir, char ***out, size_t *n)
{
	DIR *dp = opendir(dir);
	struct dirent *de;
	size_t first = *n, len;

	if (dp == NULL) {
		safe_warn("%s: %s", dir, strerror(errno));
		exit(2);
	}
	while ((de = readdir(dp)) != NULL) {
		len = strlen(de->d_name);
		if (de->d_name[0] == '.' || len < 5 ||
		    strcmp(de->d_name + len - 4, ".txt") != 0)
			continue;
		*out = xrealloc(*out, (*n + 1) * sizeof **out);
		(*out)[(*n)++] = xasprintf("%s%s%s", dir,
		    dir[strlen(dir) - 1] == '/' ? "" : "/", de->d_name);
	}
	closedir(dp);
	if (*n == first) {
		safe_warn("%s: no articles (*.txt) in this directory", dir);
		exit(2);
	}
	qsort(*out + first, *n - first, sizeof **out, main_cmp);
}

/* The files to open: the arguments, with directories replaced by their
 * articles. */
static char **
main_expand(const char **args, size_t nargs, size_t *n, int reader)
{
	char **out = NULL;
	struct stat st;
	size_t i;

	*n = 0;
	for (i = 0; i < nargs; i++) {
		if (strcmp(args[i], "-") != 0 && stat(args[i], &st) == 0 &&
		    S_ISDIR(st.st_mode)) {
			if (!reader) {
				safe_warn("%s: is a directory (--json reads "
				    "one file)", args[i]);
				exit(2);
			}
			main_expand_dir(args[i], &out, n);
			continue;
		}
		out = xrealloc(out, (*n + 1) * sizeof *out);
		out[(*n)++] = xstrdup(args[i]);
	}
	return out;
}

/* Load the theme --theme names and use it; exit 2 if it is not good. */
static void
main_theme(const char *spec)
{
	char **dirs = theme_dirs(partyline_datadir()), *cause = NULL, *path;
	struct theme t;

	memset(&t, 0, sizeof t);
	path = theme_find(spec, dirs, &cause);
	theme_strings_free(dirs);
	if (path == NULL || theme_load(&t, path, &cause) != 0) {
		safe_warn("%s", cause);
		free(cause);
		free(path);
		exit(2);
	}
	free(path);
	theme_use(&t);
	theme_free(&t);
}

/* Colours the dump may use: -1 none, else COLOUR_TRUE when COLORTERM
 * says the terminal has 24-bit colour, else 256. */
static int
main_dump_depth(enum colour_when c)
{
	const char *ct = getenv("COLORTERM");

	if (c == COLOUR_NEVER || (c == COLOUR_AUTO && !isatty(STDOUT_FILENO)))
		return -1;
	if (ct != NULL && (strcmp(ct, "truecolor") == 0 || strcmp(ct, "24bit") == 0))
		return COLOUR_TRUE;
	return 256;
}

static struct doc *
main_load(const char *path, const struct options *o, const struct lexicon *lx)
{
	char *cause = NULL;
	struct doc *d = doc_load(path, o->force ? DOC_FORCE : 0, &cause);

	if (d == NULL) {
		safe_warn("%s: %s",
		    strcmp(path, "-") == 0 ? "(standard input)" : path, cause);
		free(cause);
		exit(2);
	}
	if (d->invalid > 0)
		safe_warn("%s: %zu invalid UTF-8 sequence%s replaced with U+FFFD",
		    path, d->invalid, d->invalid == 1 ? "" : "s");
	partyline_analyse(d, lx);
	return d;
}

/* Dump the articles one after another; several get a header each, as
 * head(1) does. */
static void
main_dump(struct doc **docs, size_t n, const struct options *o)
{
	int width = o->width ? o->width : main_terminal_width();
	int depth = main_dump_depth(o->colour);
	size_t i;

	for (i = 0; i < n; i++) {
		if (n > 1) {
			printf("%s==> ", i ? "\n" : "");
			safe_fputs(docs[i]->name, stdout);
			printf(" <==\n");
		}
		dump_write(stdout, docs[i], width, depth);
	}
}

int
main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "json", no_argument, NULL, 'j' },
		{ "dump", no_argument, NULL, 'd' },
		{ "width", required_argument, NULL, 'w' },
		{ "color", required_argument, NULL, 'C' },
		{ "colour", required_argument, NULL, 'C' },
		{ "force", no_argument, NULL, 'f' },
		{ "lexicon", required_argument, NULL, 'l' },
		{ "theme", required_argument, NULL, 't' },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 }
	};
	struct options o = { 0, COLOUR_AUTO, 0, NULL };
	int ch, json = 0, dump = 0, status = 0;
	char **user = xcalloc((size_t)argc + 1, sizeof *user), *end, *sample = NULL;
	size_t nuser = 0, i, nfiles;
	struct lexicon *lx;
	struct doc **docs;
	const char **args;
	char **files;

	setlocale(LC_ALL, "");
	while ((ch = getopt_long(argc, argv, "jdw:fl:t:hV", longopts, NULL)) != -1) {
		switch (ch) {
		case 'j': json = 1; break;
		case 'd': dump = 1; break;
		case 'w':
			errno = 0;
			o.width = (int)strtol(optarg, &end, 10);
			if (*optarg == '\0' || *end != '\0' || o.width < 10 || o.width > 10000)
				main_die_usage("width must be a number from 10 to 10000", optarg);
			break;
		case 'C':
			if (strcmp(optarg, "auto") == 0) o.colour = COLOUR_AUTO;
			else if (strcmp(optarg, "always") == 0) o.colour = COLOUR_ALWAYS;
			else if (strcmp(optarg, "never") == 0) o.colour = COLOUR_NEVER;
			else main_die_usage("--color takes auto, always or never", optarg);
			break;
		case 'f': o.force = 1; break;
		case 'l': user[nuser++] = optarg; break;
		case 't':
			if (*optarg == '\0')
				main_die_usage("--theme needs a name or a file", NULL);
			o.theme = optarg;
			break;
		case 'h':
		case 'V':
			if (ch == 'h')
				fputs(usage_text, stdout);
			else
				printf("partyline %s\n", PACKAGE_VERSION);
			free(user);
			return 0;
		default: main_die_usage("unknown option", NULL);
		}
	}
	if (json && dump)
		main_die_usage("--json and --dump exclude each other", NULL);
	nfiles = (size_t)(argc - optind);
	args = (const char **)(argv + optind);
	if (nfiles == 0) {
		nfiles = 1;
		if (isatty(STDIN_FILENO)) {
			sample = xasprintf("%s/data/sample.txt", partyline_datadir());
			args = (const char **)&sample;
		} else
			args = main_stdin_files;
	}
	if (getenv("NO_COLOR") != NULL && *getenv("NO_COLOR") != '\0' &&
	    o.colour == COLOUR_AUTO)
		o.colour = COLOUR_NEVER;
	if (!json && !dump && !isatty(STDOUT_FILENO))
		dump = 1;
	if (o.theme != NULL)
		main_theme(o.theme);
	/* a dump, like cat, takes several files and directories; JSON one
	 * (asked before the list is made: exit would leave it allocated) */
	if (json && nfiles > 1)
		main_die_usage("--json takes one file", NULL);
	files = main_expand(args, nfiles, &nfiles, !json);

	lx = main_lexicon(user, nuser);
	docs = xcalloc(nfiles, sizeof *docs);
	for (i = 0; i < nfiles; i++)
		docs[i] = main_load(files[i], &o, lx);

	if (json)
		json_write(stdout, docs[0]);
	else if (dump)
		main_dump(docs, nfiles, &o);
	else
		status = ui_run(docs, nfiles, &o);
	if (fflush(stdout) != 0 || ferror(stdout)) {
		safe_warn("standard output: %s", strerror(errno));
		status = 2;
	}
	for (i = 0; i < nfiles; i++) {
		doc_free(docs[i]);
		free(files[i]);
	}
	free(files);
	free(docs);
	free(sample);
	free(user);
	lexicon_free(lx);
	return status;
}
