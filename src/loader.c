/*
 * loader.c: big articles for the reader. Analysing 30 MB takes seconds;
 * the reader used to wait for all of it before its first paint. Here the
 * first LOADER_PREVIEW bytes, cut at a paragraph break, are analysed at
 * once (their text is a prefix of the whole document's), and a thread
 * reads and analyses the whole file, then computes its highlight classes
 * and layout, so the reader only swaps pointers when it is done. The
 * result is the ordinary whole-document analysis: the same as --json.
 * Progress is counted by stage, weighted by their cost on a 30 MB file
 * (bench/stages): read 7%, then the analysis stages of analyse.c's
 * table, run one by one with the figure each gives, then highlight and
 * layout.
 */
#include <fcntl.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "analyse.h"
#include "doc.h"
#include "fetch.h"
#include "hl.h"
#include "layout.h"
#include "loader.h"
#include "partyline.h"
#include "util.h"

struct loader {
	char *path;
	int flags;
	const struct lexicon *lx;
	pthread_t thread;
	int joined;
	atomic_int permille;
	atomic_int width;	/* to lay out at, 0: none */
	atomic_int done;
	atomic_int stop;
	/* the thread's results, read once done */
	struct doc *doc;
	struct hl *hl;
	struct layout *layout;
	int laid_width;
	char *cause;
};

/* Up to LOADER_PREVIEW bytes of path, cut after the last blank line. */
static char *
loader_head(const char *path, size_t *len)
{
	char *buf = xmalloc(LOADER_PREVIEW);
	ssize_t n;
	size_t k;
	int fd = open(path, O_RDONLY);

	if (fd < 0) {
		free(buf);
		return NULL;
	}
	n = read(fd, buf, LOADER_PREVIEW);
	close(fd);
	if (n <= 0) {
		free(buf);
		return NULL;
	}
	for (k = (size_t)n; k >= 2 && !(buf[k - 1] == '\n' && buf[k - 2] == '\n'); k--)
		;
	if (k < 2)	/* no blank line: the last line break */
		for (k = (size_t)n; k > 0 && buf[k - 1] != '\n'; k--)
			;
	*len = k > 0 ? k : (size_t)n;
	return buf;
}

static int
loader_stage(struct loader *ld, int permille)
{
	atomic_store(&ld->permille, permille);
	return atomic_load(&ld->stop);
}

static void *
loader_main(void *arg)
{
	struct loader *ld = arg;
	struct doc **all;
	size_t n, i;
	int w;

	all = doc_load_all(ld->path, ld->flags, &n, &ld->cause);
	if (all != NULL) {
		ld->doc = all[0];
		for (i = 1; i < n; i++)
			doc_free(all[i]);
		free(all);
	}
	if (ld->doc == NULL || loader_stage(ld, 70))
		goto out;
	for (i = 0; i < analyse_nstages; i++) {
		analyse_stage_run(ld->doc, ld->lx, i);
		if (loader_stage(ld, analyse_stages[i].permille))
			goto out;
	}
	ld->hl = hl_new(ld->doc);
	if (loader_stage(ld, 950))
		goto out;
	if ((w = atomic_load(&ld->width)) > 0) {
		ld->layout = layout_new(ld->doc, w);
		ld->laid_width = w;
	}
	loader_stage(ld, 1000);
out:
	atomic_store(&ld->done, 1);
	return NULL;
}

struct loader *
loader_start(const char *path, int flags, const struct lexicon *lx,
    struct doc **preview)
{
	struct loader *ld;
	struct stat st;
	char *head, *cause = NULL;
	size_t len;
	struct doc *d;

	if (fetch_is_url(path) || strcmp(path, "-") == 0 ||
	    stat(path, &st) != 0 || !S_ISREG(st.st_mode) ||
	    st.st_size < LOADER_BIG || (head = loader_head(path, &len)) == NULL)
		return NULL;
	d = doc_from_bytes(path, head, len, flags, &cause);
	free(head);
	free(cause);
	if (d == NULL || strcmp(d->format, "text") != 0) {
		if (d != NULL)
			doc_free(d);
		return NULL;
	}
	partyline_analyse(d, lx);
	ld = xcalloc(1, sizeof *ld);
	ld->path = xstrdup(path);
	ld->flags = flags;
	ld->lx = lx;
	if (pthread_create(&ld->thread, NULL, loader_main, ld) != 0) {
		free(ld->path);
		free(ld);
		doc_free(d);
		return NULL;
	}
	*preview = d;
	return ld;
}

int
loader_permille(const struct loader *ld)
{
	return atomic_load(&((struct loader *)ld)->permille);
}

void
loader_set_width(struct loader *ld, int width)
{
	atomic_store(&ld->width, width);
}

int
loader_done(const struct loader *ld)
{
	return atomic_load(&((struct loader *)ld)->done);
}

struct doc *
loader_take(struct loader *ld, struct hl **hl, struct layout **layout,
    int *width, char **cause)
{
	struct doc *d = ld->doc;

	pthread_join(ld->thread, NULL);
	ld->joined = 1;
	*hl = ld->hl;
	*layout = ld->layout;
	*width = ld->laid_width;
	if (d == NULL)
		*cause = ld->cause != NULL ? ld->cause : xstrdup("cannot be read");
	else
		free(ld->cause);
	ld->doc = NULL;
	ld->hl = NULL;
	ld->layout = NULL;
	ld->cause = NULL;
	return d;
}

void
loader_free(struct loader *ld)
{
	if (ld == NULL)
		return;
	atomic_store(&ld->stop, 1);
	if (!ld->joined)
		pthread_join(ld->thread, NULL);
	if (ld->doc != NULL)
		doc_free(ld->doc);
	if (ld->hl != NULL)
		hl_free(ld->hl);
	if (ld->layout != NULL)
		layout_free(ld->layout);
	free(ld->cause);
	free(ld->path);
	free(ld);
}
