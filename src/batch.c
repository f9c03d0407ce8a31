/*
 * batch.c: many articles in, one result each out, in input order. The
 * inputs are article files or JSON Lines streams (--jsonl, one record a
 * line); the results are JSON Lines or export rows. With --jobs N, N
 * threads analyse while this one reads the input and writes the results:
 * a ring of 4N jobs keeps the order and bounds the memory, whatever the
 * stream's length. Every result is written and flushed as soon as those
 * before it are, so a pipeline downstream sees records as they come.
 */
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "batch.h"
#include "doc.h"
#include "json.h"
#include "record.h"
#include "safe.h"
#include "util.h"

/* One input and, once analysed, what it writes. */
struct batch_job {
	char *in;		/* the record's line, or the file's name */
	size_t len;		/* bytes of the line */
	const char *stream;	/* the stream a record came from */
	unsigned long line;	/* the record's line in it */
	char *out;		/* the result, to stdout */
	size_t outlen;
	char *msg;		/* a message for stderr, or NULL */
	int status;		/* exit status it asks for */
	int read;		/* its input could be read */
	int done;
};

struct batch_pool {
	const struct batch *b;
	struct batch_job *ring;
	size_t size;		/* slots in the ring */
	size_t head;		/* next to write */
	size_t next;		/* next to analyse */
	size_t tail;		/* next free */
	int quit;
	int status;
	size_t nread;		/* inputs read: none read is exit status 2 */
	int failed;		/* the output failed: stop */
	int nthreads;
	pthread_t *threads;
	pthread_mutex_t mu;
	pthread_cond_t work;	/* a job was queued, or quit */
	pthread_cond_t done;	/* a job was analysed */
};

/* How a stream is named in messages. */
static const char *
batch_name(const char *path)
{
	return strcmp(path, "-") == 0 ? "(standard input)" : path;
}

/* {"KEY": VALUE, "error": "cause"}: VALUE is JSON text already. */
static void
batch_error_line(FILE *f, const char *key, const char *value, const char *cause)
{
	fprintf(f, "{\"%s\": %s, \"error\": ", key, value);
	json_write_string(f, cause, strlen(cause));
	fputs("}\n", f);
}

static void
batch_emit(const struct batch *b, FILE *f, const struct doc *d,
    const char *key, const char *pre, const char *post)
{
	if (b->exporting)
		export_rows(f, &b->x, d, key);
	else
		json_write_line(f, d, pre, post);
}

/* A JSON Lines record: its result line, or its error line. */
static void
batch_record(const struct batch *b, struct batch_job *j, FILE *f)
{
	struct record r;
	char *cause = NULL, *pre;

	if (record_read(&r, j->in, j->len, j->stream, b->docflags, &cause) != 0) {
		j->status = 1;
		j->msg = xasprintf("%s:%lu: %s", batch_name(j->stream), j->line,
		    cause);
		if (!b->exporting)
			batch_error_line(f, "id", r.id, cause);
		free(cause);
		record_clear(&r);
		return;
	}
	b->analyse(r.doc, b->lx);
	pre = xasprintf("\"id\": %s", r.id);
	batch_emit(b, f, r.doc, r.key, pre, r.post);
	free(pre);
	record_clear(&r);
}

/* An article file; a feed writes one result per item ("feed.rss#2"). */
static void
batch_file(const struct batch *b, struct batch_job *j, FILE *f)
{
	char *cause = NULL, *note;
	size_t n, i;
	struct doc **d = doc_load_all(j->in, b->docflags, &n, &cause);

	if (d == NULL) {	/* the others go on: exit status 1 */
		j->status = 1;
		j->msg = xasprintf("%s: %s", batch_name(j->in), cause);
		if (!b->exporting) {
			fputs("{\"source\": ", f);
			json_write_string(f, j->in, strlen(j->in));
			fputs(", \"error\": ", f);
			json_write_string(f, cause, strlen(cause));
			fputs("}\n", f);
		}
		free(cause);
		return;
	}
	j->read = 1;
	if ((note = doc_read_note(d[0])) != NULL) {
		j->msg = xasprintf("%s: %s", batch_name(j->in), note);
		free(note);
	}
	for (i = 0; i < n; i++) {
		b->analyse(d[i], b->lx);
		batch_emit(b, f, d[i], strcmp(d[i]->format, "feed") == 0 ?
		    d[i]->name : j->in, NULL, NULL);
		doc_free(d[i]);
	}
	free(d);
}

/* Analyse one job into its output buffer. */
static void
batch_do(const struct batch *b, struct batch_job *j)
{
	FILE *f = open_memstream(&j->out, &j->outlen);

	if (f == NULL) {
		perror("partyline");
		abort();	/* out of memory, as xmalloc */
	}
	if (b->jsonl)
		batch_record(b, j, f);
	else
		batch_file(b, j, f);
	fclose(f);
	free(j->in);
	j->in = NULL;
}

/* Write a finished job out (the caller keeps the order) and free it. */
static void
batch_write(struct batch_pool *p, struct batch_job *j)
{
	FILE *out = p->b->out;

	if (!p->failed && j->outlen > 0)
		fwrite(j->out, 1, j->outlen, out);
	if (!p->failed && fflush(out) != 0) {
		safe_warn("standard output: %s", strerror(errno));
		p->failed = 1;
		p->status = 2;
	}
	if (j->msg != NULL)
		safe_warn("%s", j->msg);
	if (j->status > p->status)
		p->status = j->status;
	p->nread += j->read;
	free(j->out);
	free(j->msg);
	memset(j, 0, sizeof *j);
}

static void *
batch_worker(void *arg)
{
	struct batch_pool *p = arg;
	struct batch_job *j;

	pthread_mutex_lock(&p->mu);
	for (;;) {
		while (p->next == p->tail && !p->quit)
			pthread_cond_wait(&p->work, &p->mu);
		if (p->next == p->tail)
			break;
		j = &p->ring[p->next++ % p->size];
		pthread_mutex_unlock(&p->mu);
		batch_do(p->b, j);
		pthread_mutex_lock(&p->mu);
		j->done = 1;
		pthread_cond_broadcast(&p->done);
	}
	pthread_mutex_unlock(&p->mu);
	return NULL;
}

/* Write the oldest job once analysed; called with the lock held. */
static void
batch_write_head(struct batch_pool *p)
{
	struct batch_job *j = &p->ring[p->head % p->size];

	while (!j->done)
		pthread_cond_wait(&p->done, &p->mu);
	/* no thread touches a finished job: write it without the lock */
	pthread_mutex_unlock(&p->mu);
	batch_write(p, j);
	pthread_mutex_lock(&p->mu);
	p->head++;
}

/* Hand a job over (its fields are copied), writing what is finished
 * when the ring is full. */
static void
batch_submit(struct batch_pool *p, const struct batch_job *in)
{
	struct batch_job j = *in;

	if (p->nthreads == 0) {
		batch_do(p->b, &j);
		batch_write(p, &j);
		return;
	}
	pthread_mutex_lock(&p->mu);
	while (p->tail - p->head == p->size)
		batch_write_head(p);
	p->ring[p->tail++ % p->size] = j;
	pthread_cond_signal(&p->work);
	pthread_mutex_unlock(&p->mu);
}

static void
batch_start(struct batch_pool *p, const struct batch *b)
{
	int i;

	memset(p, 0, sizeof *p);
	p->b = b;
	if (b->jobs <= 1)
		return;
	p->size = (size_t)b->jobs * 4;
	p->ring = xcalloc(p->size, sizeof *p->ring);
	p->threads = xcalloc((size_t)b->jobs, sizeof *p->threads);
	pthread_mutex_init(&p->mu, NULL);
	pthread_cond_init(&p->work, NULL);
	pthread_cond_init(&p->done, NULL);
	for (i = 0; i < b->jobs; i++) {
		if (pthread_create(&p->threads[i], NULL, batch_worker, p) != 0)
			break;
		p->nthreads++;
	}
}

/* Write what is left, stop the threads. */
static void
batch_finish(struct batch_pool *p)
{
	int i;

	if (p->ring == NULL)
		return;
	pthread_mutex_lock(&p->mu);
	while (p->head < p->tail)
		batch_write_head(p);
	p->quit = 1;
	pthread_cond_broadcast(&p->work);
	pthread_mutex_unlock(&p->mu);
	for (i = 0; i < p->nthreads; i++)
		pthread_join(p->threads[i], NULL);
	pthread_mutex_destroy(&p->mu);
	pthread_cond_destroy(&p->work);
	pthread_cond_destroy(&p->done);
	free(p->threads);
	free(p->ring);
}

/* Queue every line of one JSON Lines stream. */
static void
batch_stream(struct batch_pool *p, const char *path)
{
	FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "r");
	struct batch_job j;
	char *buf = NULL;
	size_t cap = 0;
	ssize_t n;
	unsigned long line = 0;

	if (f == NULL) {	/* the other streams go on: exit status 1 */
		safe_warn("%s: %s", path, strerror(errno));
		if (p->status < 1)
			p->status = 1;
		return;
	}
	p->nread++;
	while (!p->failed && (n = getline(&buf, &cap, f)) >= 0) {
		while (n > 0 && (buf[n - 1] == '\n' || buf[n - 1] == '\r'))
			n--;
		memset(&j, 0, sizeof j);
		j.in = buf;	/* the job owns the line now */
		j.len = (size_t)n;
		j.stream = path;
		j.line = ++line;
		batch_submit(p, &j);
		buf = NULL;
		cap = 0;
	}
	if (ferror(f)) {
		safe_warn("%s: %s", batch_name(path),
		    strerror(errno));
		p->status = 2;
	}
	free(buf);
	if (f != stdin)
		fclose(f);
}

int
batch_run(const struct batch *b, char *const *inputs, size_t n)
{
	struct batch_pool p;
	struct batch_job j;
	size_t i;

	batch_start(&p, b);
	if (b->exporting) {
		export_header(b->out, &b->x);
		fflush(b->out);
	}
	for (i = 0; i < n && !p.failed; i++) {
		if (b->jsonl) {
			batch_stream(&p, inputs[i]);
			continue;
		}
		memset(&j, 0, sizeof j);
		j.in = xstrdup(inputs[i]);
		batch_submit(&p, &j);
	}
	batch_finish(&p);
	return p.status == 1 && p.nread == 0 ? 2 : p.status;
}
