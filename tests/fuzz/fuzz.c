/* fuzz.c: the harnesses' shared part (fuzz.h). */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <unistr.h>

#include "fuzz.h"
#include "partyline.h"
#include "safe.h"
#include "util.h"

static struct lexicon *fuzz_lx;

struct lexicon *
fuzz_lexicon(void)
{
	const char *e = getenv("PARTYLINE_DATADIR");
	char *cause = NULL, *dir;

	if (fuzz_lx != NULL)
		return fuzz_lx;
	dir = xasprintf("%s/data", e != NULL && *e != '\0' ? e : ".");
	fuzz_lx = lexicon_new();
	if (lexicon_load_dir(fuzz_lx, dir, &cause) != 0) {
		fprintf(stderr, "fuzz: %s\n", cause);
		exit(1);
	}
	free(dir);
	return fuzz_lx;
}

void
fuzz_lexicon_reset(void)
{
	lexicon_free(fuzz_lx);
	fuzz_lx = NULL;
	fuzz_lexicon();
}

void
fuzz_analyse(struct doc *d, const struct lexicon *lx)
{
	partyline_analyse(d, lx);
}

const char *
fuzz_file(const uint8_t *data, size_t n, const char *suffix)
{
	static char path[256];
	int fd;

	if (*path == '\0')
		snprintf(path, sizeof path, "%s/partyline-fuzz-%ld%s",
		    getenv("TMPDIR") != NULL ? getenv("TMPDIR") : "/tmp",
		    (long)getpid(), suffix);
	if ((fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0600)) < 0 ||
	    (n > 0 && write(fd, data, n) != (ssize_t)n)) {
		perror(path);
		abort();
	}
	close(fd);
	return path;
}

void
fuzz_check_utf8(const char *s, size_t n)
{
	if (u8_check((const uint8_t *)s, n) != NULL)
		abort();
}

void
fuzz_check_inert(const char *s, size_t n)
{
	size_t i = 0, len;
	ucs4_t c;

	while (i < n) {
		if (safe_next(s + i, n - i, &c, &len) != SAFE_OK &&
		    c != '\t' && c != '\n')
			abort();
		i += len;
	}
}

/* Is [a, b) inside the text and on character boundaries? */
static void
fuzz_span(const struct doc *d, uint32_t a, uint32_t b)
{
	if (a > b || b > d->len)
		abort();
	if ((a < d->len && ((unsigned char)d->text[a] & 0xc0) == 0x80) ||
	    (b < d->len && ((unsigned char)d->text[b] & 0xc0) == 0x80))
		abort();
}

void
fuzz_check_doc(const struct doc *d)
{
	size_t i;

	if (d->text[d->len] != '\0')
		abort();
	fuzz_check_utf8(d->text, d->len);
	fuzz_check_inert(d->text, d->len);
	for (i = 0; i < d->paras.n; i++)
		fuzz_span(d, d->paras.v[i].start, d->paras.v[i].end);
	for (i = 0; i < d->sents.n; i++)
		fuzz_span(d, d->sents.v[i].start, d->sents.v[i].end);
	for (i = 0; i < d->toks.n; i++)
		fuzz_span(d, d->toks.v[i].start, tok_end(&d->toks.v[i]));
	for (i = 0; i < d->mentions.n; i++)
		fuzz_span(d, d->mentions.v[i].start, d->mentions.v[i].end);
	for (i = 0; i < d->claims.n; i++) {
		const struct claim *c = &d->claims.v[i];

		fuzz_span(d, c->cue.start, c->cue.end);
		fuzz_span(d, c->content.start, c->content.end);
		if (c->has_source)
			fuzz_span(d, c->source.start, c->source.end);
	}
}
