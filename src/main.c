/*
 * main.c: command line, data directory, the analysis (analyse.c), and the choice
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
#include "batch.h"
#include "cfg.h"
#include "doc.h"
#include "dump.h"
#include "json.h"
#include "lexicon.h"
#include "loader.h"
#include "partyline.h"
#include "safe.h"
#include "theme.h"
#include "ui.h"
#include "util.h"

static const char usage_text[] =
"usage: partyline [OPTION]... [FILE|DIR|URL]...\n"
"Read news in the terminal with every country, official and company\n"
"coloured and every claim attributed to its party.\n"
"\n"
"With no FILE, read standard input if it is not a terminal, else open the\n"
"bundled sample article. FILE may be - for standard input. Plain text,\n"
"web pages (.html), newsboat articles and RSS/Atom feeds are recognised;\n"
"an http:// or https:// URL is fetched.\n"
"\n"
"  -j, --json            print the analysed document as JSON; several files\n"
"                        or a directory: one JSON object a line (JSON Lines)\n"
"      --jsonl           read JSON Lines records ({\"id\", \"text\", \"title\",\n"
"                        ...}) from the files or standard input; write one\n"
"                        result line per record, in order\n"
"      --claims=FORMAT   one row per claim, FORMAT csv or tsv, with a header\n"
"      --parties=FORMAT  one row per party with its claim count\n"
"      --jobs=N          analyse N articles at a time (threads); output\n"
"                        stays in input order\n"
"  -d, --dump            print the article wrapped and coloured, no reader\n"
"  -w, --width=N         wrap the dump to N columns (default: terminal, or 80)\n"
"      --color=WHEN      colour the dump: auto, always or never (also --colour);\n"
"                        never: attributes only in the reader too\n"
"  -t, --theme=THEME     colours from THEME: a name (see --list-themes)\n"
"                        or a theme file\n"
"      --list-themes     list the themes, each with a sample in its colours\n"
"      --config=FILE     read settings and key bindings from FILE instead of\n"
"                        $XDG_CONFIG_HOME/partyline/config\n"
"      --no-config       read no config file\n"
"  -f, --force           read files that look binary\n"
"      --format=FORMAT   read input as text, html, newsboat or feed\n"
"  -l, --lexicon=FILE    add the entities in FILE (TSV) to the lexicon\n"
"  -h, --help            show this help and exit\n"
"  -V, --version         show the version and exit\n"
"\n"
"Exit status: 0 on success, 1 if some of several inputs (or a --jsonl\n"
"record) could not be read, 2 on bad input or usage.\n"
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

/* "partyline -j 4 news/", make's habit: -j is --json here, so 4 would
 * be read as a file. A number that is no file gets a hint and exit 2
 * before anything is read. */
static void
main_check_jobs_slip(int json, size_t n, const char **files)
{
	size_t i;
	const char *f;

	for (i = 0; json && i < n; i++) {
		f = files[i];
		if (*f == '\0' || strspn(f, "0123456789") != strlen(f) ||
		    access(f, F_OK) == 0)
			continue;
		safe_warn("%s: no such file (-j is --json; --jobs %s analyses %s "
		    "articles at a time)", f, f, f);
		exit(2);
	}
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

/* Is the file name one a directory's articles have (.txt, .html, .htm)? */
static int
main_article_name(const char *name)
{
	size_t len = strlen(name);

	return name[0] != '.' && ((len > 4 && strcmp(name + len - 4, ".txt") == 0) ||
	    (len > 5 && strcmp(name + len - 5, ".html") == 0) ||
	    (len > 4 && strcmp(name + len - 4, ".htm") == 0));
}

/* Append every article in directory dir to out, sorted; exit 2 if none. */
static void
main_expand_dir(const char *dir, char ***out, size_t *n)
{
	DIR *dp = opendir(dir);
	struct dirent *de;
	size_t first = *n;

	if (dp == NULL) {
		safe_warn("%s: %s", dir, strerror(errno));
		exit(2);
	}
	while ((de = readdir(dp)) != NULL) {
		if (!main_article_name(de->d_name))
			continue;
		*out = xrealloc(*out, (*n + 1) * sizeof **out);
		(*out)[(*n)++] = xasprintf("%s%s%s", dir,
		    dir[strlen(dir) - 1] == '/' ? "" : "/", de->d_name);
	}
	closedir(dp);
	if (*n == first) {
		safe_warn("%s: no articles (*.txt, *.html, *.htm) in this "
		    "directory", dir);
		exit(2);
	}
	qsort(*out + first, *n - first, sizeof **out, main_cmp);
}

/* The files to open: the arguments, with directories replaced by their
 * articles (*dirs counts them). */
static char **
main_expand(const char **args, size_t nargs, size_t *n, int *dirs)
{
	char **out = NULL;
	struct stat st;
	size_t i;

	*n = 0;
	for (i = 0; i < nargs; i++) {
		if (strcmp(args[i], "-") != 0 && stat(args[i], &st) == 0 &&
		    S_ISDIR(st.st_mode)) {
			main_expand_dir(args[i], &out, n);
			(*dirs)++;
			continue;
		}
		out = xrealloc(out, (*n + 1) * sizeof *out);
		out[(*n)++] = xstrdup(args[i]);
	}
	return out;
}

/* Load the theme --theme names (or the config file's line at) and use
 * it; exit 2 if it is not good. */
static void
main_theme(const char *spec, const char *at)
{
	char **dirs = theme_dirs(partyline_datadir()), *cause = NULL, *path;
	struct theme t;

	memset(&t, 0, sizeof t);
	path = theme_find(spec, dirs, &cause);
	theme_strings_free(dirs);
	if (path == NULL || theme_load(&t, path, &cause) != 0) {
		if (at != NULL)
			safe_warn("%s: %s", at, cause);
		else
			safe_warn("%s", cause);
		free(cause);
		free(path);
		exit(2);
	}
	free(path);
	theme_use(&t);
	theme_free(&t);
}

/* Read the config file (--config FILE, else the default one if it
 * exists); exit 2 with FILE:LINE: message on an error, before any
 * screen is set up. NULL with --no-config: the default keys. */
static struct cfg *
main_config(const char *path, int none)
{
	struct cfg *c = cfg_new();
	char *def = NULL, *cause = NULL;

	if (none)
		return c;
	if (path == NULL) {
		def = cfg_default_path();
		if (access(def, F_OK) != 0) {
			free(def);
			return c;
		}
		path = def;
	}
	if (cfg_load(c, path, &cause) != 0) {
		safe_warn("%s", cause);
		free(cause);
		free(def);
		cfg_free(c);
		exit(2);
	}
	free(def);
	return c;
}

/* One line of --list-themes: the name, then a sample of the legend and
 * a claim in the theme's styles, as SGR for depth colours. */
static void
main_list_theme(const char *name, int depth)
{
	static const struct { enum theme_element el; const char *text; } sample[] = {
		{ EL_COUNTRY, "country" }, { EL_OFFICIAL, "official" },
		{ EL_COMPANY, "company" }, { EL_PERSON, "person" },
		{ EL_ORG, "organisation" }, { EL_SOURCE, "she" }, { EL_CUE, "said" },
		{ EL_CLAIM, "a claim" }, { EL_SEARCH, "match" },
	};
	char sgr[128], *shown = safe_str(name);	/* a file's name */
	size_t i;

	printf("%-14s", shown);
	free(shown);
	for (i = 0; i < sizeof sample / sizeof sample[0]; i++) {
		*sgr = '\0';	/* depth -1: not a terminal, no SGR at all */
		if (depth >= 0)
			theme_sgr(theme_merge(*theme_style(EL_TEXT),
			    theme_style(sample[i].el)), depth, sgr, sizeof sgr);
		printf(" %s%s%s%s", *sgr ? "\033[" : "", sgr, *sgr ? "m" : "",
		    sample[i].text);
		if (*sgr)
			fputs("\033[m", stdout);
	}
	putchar('\n');
}

static int main_dump_depth(enum colour_when);

/* --list-themes: every theme by name, each with its sample; a theme
 * that does not load says why in its line. */
static int
main_list_themes(const struct options *o)
{
	char **dirs = theme_dirs(partyline_datadir()), **names, *path, *cause;
	char *shown, *safe_cause;
	int depth = main_dump_depth(o->colour), status = 0;
	struct theme t;
	size_t i;

	names = theme_list(dirs);
	for (i = 0; names[i] != NULL; i++) {
		memset(&t, 0, sizeof t);
		cause = NULL;
		if ((path = theme_find(names[i], dirs, &cause)) == NULL ||
		    theme_load(&t, path, &cause) != 0) {
			shown = safe_str(names[i]);
			safe_cause = safe_str(cause);
			printf("%-14s (%s)\n", shown, safe_cause);
			free(shown);
			free(safe_cause);
			status = 2;
		} else {
			theme_use(&t);
			main_list_theme(names[i], depth);
		}
		theme_free(&t);
		free(path);
		free(cause);
	}
	theme_strings_free(names);
	theme_strings_free(dirs);
	return status;
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

/* The name to use for path in messages. */
static const char *
main_name(const char *path)
{
	return strcmp(path, "-") == 0 ? "(standard input)" : path;
}

/* What reading path changed, on stderr: "b.txt: not UTF-8; read as ...". */
static void
main_warn_read(const char *path, const struct doc *d)
{
	char *note = doc_read_note(d);

	if (note != NULL)
		safe_warn("%s: %s", main_name(path), note);
	free(note);
}

/*
 * Read path (a file, "-" or a URL; a feed gives one document per item),
 * analyse it and append to *docs. On failure say why in one line and
 * return -1: the caller decides whether that ends the run.
 */
static int
main_load(const char *path, int flags, const struct lexicon *lx,
    struct doc ***docs, size_t *ndocs)
{
	char *cause = NULL;
	size_t n, i;
	struct doc **got = doc_load_all(path, flags, &n, &cause), *d;

	if (got == NULL) {
		safe_warn("%s: %s", main_name(path), cause);
		free(cause);
		return -1;
	}
	d = got[0];
	main_warn_read(path, d);
	*docs = xrealloc(*docs, (*ndocs + n) * sizeof **docs);
	for (i = 0; i < n; i++) {
		partyline_analyse(got[i], lx);
		(*docs)[(*ndocs)++] = got[i];
	}
	free(got);
	return 0;
}

/* --jsonl, --claims, --parties, and --json over several files: stream
 * them through batch.c; its exit status. Frees files. */
static int
main_batch(struct batch *b, char **files, size_t n, const struct options *o,
    const struct lexicon *lx)
{
	int status;
	size_t i;

	b->docflags |= o->force ? DOC_FORCE : 0;	/* and --format's */
	b->lx = lx;
	b->analyse = partyline_analyse;
	b->out = stdout;
	if (b->exporting)
		b->x.keyname = b->jsonl ? "id" : "file";
	status = batch_run(b, files, n);
	for (i = 0; i < n; i++)
		free(files[i]);
	free(files);
	return status;
}

/* Long options with no letter. */
enum { MAIN_OPT_JSONL = 256, MAIN_OPT_CLAIMS, MAIN_OPT_PARTIES, MAIN_OPT_JOBS };

/* The value of --jobs: 1 to 256. */
static int
main_jobs(const char *arg)
{
	char *end;
	long v;

	errno = 0;
	v = strtol(arg, &end, 10);
	if (*arg == '\0' || *end != '\0' || v < 1 || v > 256)
		main_die_usage("--jobs must be a number from 1 to 256", arg);
	return (int)v;
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

/* --format's word as DOC_ flags; 0 if unknown. */
static int
main_format(const char *s)
{
	if (strcmp(s, "text") == 0)
		return DOC_TEXT;
	if (strcmp(s, "html") == 0)
		return DOC_HTML;
	if (strcmp(s, "newsboat") == 0)
		return DOC_NEWSBOAT;
	if (strcmp(s, "feed") == 0)
		return DOC_FEED;
	return 0;
}

static void
main_free_files(char **files, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		free(files[i]);
	free(files);
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
		{ "format", required_argument, NULL, 'F' },
		{ "lexicon", required_argument, NULL, 'l' },
		{ "theme", required_argument, NULL, 't' },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ "config", required_argument, NULL, 'c' },
		{ "no-config", no_argument, NULL, 'n' },
		{ "list-themes", no_argument, NULL, 'L' },
		{ "jsonl", no_argument, NULL, MAIN_OPT_JSONL },
		{ "claims", required_argument, NULL, MAIN_OPT_CLAIMS },
		{ "parties", required_argument, NULL, MAIN_OPT_PARTIES },
		{ "jobs", required_argument, NULL, MAIN_OPT_JOBS },
		{ NULL, 0, NULL, 0 }
	};
	struct batch b;
	struct options o = { 0, COLOUR_AUTO, 0, NULL, NULL, 0 };
	int ch, json = 0, dump = 0, status = 0, noconf = 0, list = 0;
	int flags = 0, failed = 0;
	const char *conf = NULL;
	char **dirs;
	struct cfg *cfg;

	util_malloc_tune();
	char **user = xcalloc((size_t)argc + 1, sizeof *user), *end, *sample = NULL;
	size_t nuser = 0, i, nfiles, nargs, ndocs = 0;
	int ndirs = 0;
	struct lexicon *lx;
	struct doc **docs = NULL, *preview;
	struct loader **loaders = NULL, *ld;
	size_t nloaders = 0;
	const char **bigpath = NULL;	/* per article: read by a loader */
	const char **args, *theme_at = NULL;
	char **files;

	setlocale(LC_ALL, "");
	memset(&b, 0, sizeof b);
	b.jobs = 1;
	opterr = 0;	/* our own one-line messages */
	while ((ch = getopt_long(argc, argv, ":jdw:fl:t:hV", longopts, NULL)) != -1) {
		switch (ch) {
		case 'j': json = 1; break;
		case 'd': dump = 1; break;
		case 'w':
			errno = 0;
			o.width = (int)strtol(optarg, &end, 10);
			if (*optarg == '\0' || *end != '\0' || o.width < 10 || o.width > 10000)
				main_die_usage("--width must be a number "
				    "from 10 to 10000", optarg);
			break;
		case 'C':
			if (strcmp(optarg, "auto") == 0) o.colour = COLOUR_AUTO;
			else if (strcmp(optarg, "always") == 0) o.colour = COLOUR_ALWAYS;
			else if (strcmp(optarg, "never") == 0) o.colour = COLOUR_NEVER;
			else main_die_usage("--color takes auto, always or never", optarg);
			break;
		case 'f': o.force = 1; break;
		case 'F':
			if ((flags = main_format(optarg)) == 0)
				main_die_usage("--format takes text, html, newsboat or feed", optarg);
			break;
		case MAIN_OPT_JSONL: b.jsonl = 1; break;
		case MAIN_OPT_CLAIMS:
		case MAIN_OPT_PARTIES:
			if (b.exporting)
				main_die_usage("--claims and --parties exclude each other", NULL);
			b.exporting = 1;
			b.x.what = ch == MAIN_OPT_CLAIMS ? EXPORT_CLAIMS : EXPORT_PARTIES;
			if (export_format_parse(optarg, &b.x.format) != 0)
				main_die_usage(ch == MAIN_OPT_CLAIMS ? "--claims takes csv or tsv" :
				    "--parties takes csv or tsv", optarg);
			break;
		case MAIN_OPT_JOBS: b.jobs = main_jobs(optarg); break;
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
		case 'c': conf = optarg; break;
		case 'n': noconf = 1; break;
		case 'L': list = 1; break;
		case ':':
			main_die_usage("option needs an argument", argv[optind - 1]);
			break;
		default:
			main_die_usage("unknown option", optopt ?
			    (char [3]){ '-', (char)optopt, '\0' } : argv[optind - 1]);
		}
	}
	if (json && dump)
		main_die_usage("--json and --dump exclude each other", NULL);
	if ((b.exporting || b.jsonl) && dump)
		main_die_usage("--dump shows articles: not with --jsonl, --claims or --parties", NULL);
	if (b.exporting && json)
		main_die_usage("--json and --claims or --parties exclude each other", NULL);
	nfiles = (size_t)(argc - optind);
	args = (const char **)(argv + optind);
	main_check_jobs_slip(json, nfiles, args);
	if (nfiles == 0) {
		nfiles = 1;
		if (isatty(STDIN_FILENO) && !b.jsonl) {
			sample = xasprintf("%s/data/sample.txt", partyline_datadir());
			args = (const char **)&sample;
		} else
			args = main_stdin_files;
	}
	if (getenv("NO_COLOR") != NULL && *getenv("NO_COLOR") != '\0' &&
	    o.colour == COLOUR_AUTO)
		o.colour = COLOUR_NEVER;
	if (!json && !dump && !b.jsonl && !b.exporting && !isatty(STDOUT_FILENO))
		dump = 1;
	dirs = theme_dirs(partyline_datadir());
	theme_include_dirs(dirs);	/* a user's theme may include ours */
	theme_strings_free(dirs);
	if (list) {
		free(user);
		return main_list_themes(&o);
	}
	o.cfg = cfg = main_config(conf, noconf);
	if (o.theme == NULL) {
		o.theme = cfg->theme;
		theme_at = cfg->theme_at;
	}
	user = xrealloc(user, (nuser + cfg->lexicons.n + 1) * sizeof *user);
	for (i = 0; i < cfg->lexicons.n; i++)
		user[nuser++] = cfg->lexicons.v[i];
	if (o.colour == COLOUR_NEVER)
		theme_set_plain(1);
	if (o.theme != NULL)
		main_theme(o.theme, theme_at);
	/* a dump, like cat, takes several files and directories; JSON
	 * several, one object a line */
	nargs = nfiles;
	files = main_expand(args, nfiles, &nfiles, &ndirs);
	if (b.jsonl && ndirs > 0) {	/* exit would leave the list allocated */
		main_free_files(files, nfiles);
		main_die_usage("--jsonl reads JSON Lines files, not directories", NULL);
	}
	lx = main_lexicon(user, nuser);
	if (o.force)
		flags |= DOC_FORCE;
	free(user);
	user = NULL;
	if (b.jsonl || b.exporting || (json && (nargs > 1 || ndirs > 0))) {
		b.docflags = flags;
		status = main_batch(&b, files, nfiles, &o, lx);
		free(sample);
		lexicon_free(lx);
		cfg_free(cfg);
		theme_include_dirs(NULL);
		return status;
	}
	/* one bad file among several is skipped; none read is an error; the
	 * reader shows a big file's first part while the rest is analysed */
	for (i = 0; i < nfiles; i++) {
		ld = NULL;
		if (!json && !dump &&
		    (ld = loader_start(files[i], flags, lx, &preview)) != NULL) {
			docs = xrealloc(docs, (ndocs + 1) * sizeof *docs);
			docs[ndocs++] = preview;
		} else
			failed += main_load(files[i], flags, lx, &docs, &ndocs) != 0;
		loaders = xrealloc(loaders, (ndocs + 1) * sizeof *loaders);
		bigpath = xrealloc(bigpath, (ndocs + 1) * sizeof *bigpath);
		while (nloaders < ndocs) {	/* a feed adds several */
			bigpath[nloaders] = NULL;
			loaders[nloaders++] = NULL;
		}
		if (ld != NULL) {
			loaders[ndocs - 1] = ld;
			bigpath[ndocs - 1] = files[i];
		}
	}
	if (json && ndocs > 1)
		safe_warn("%s: %zu articles; --json shows the first",
		    main_name(files[0]), ndocs);
	if (ndocs == 0)
		status = 2;
	else if (json)
		json_write(stdout, docs[0]);
	else if (dump)
		main_dump(docs, ndocs, &o);
	else {
		o.skipped = failed;
		status = ui_run(docs, loaders, ndocs, &o);
		for (i = 0; i < ndocs; i++)	/* what the thread read */
			if (bigpath[i] != NULL)
				main_warn_read(bigpath[i], docs[i]);
	}
	if (failed && status == 0)
		status = 1;	/* some read, some not */
	if (fflush(stdout) != 0 || ferror(stdout)) {
		safe_warn("standard output: %s", strerror(errno));
		status = 2;
	}
	for (i = 0; i < ndocs; i++) {
		loader_free(loaders[i]);	/* the reader took them: NULL */
		doc_free(docs[i]);
	}
	main_free_files(files, nfiles);
	free(docs);
	free(loaders);
	free(bigpath);
	free(sample);
	free(user);
	lexicon_free(lx);
	cfg_free(cfg);
	theme_include_dirs(NULL);
	return status;
}
