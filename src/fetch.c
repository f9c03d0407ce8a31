/*
 * fetch.c: URLs. partyline https://... reads the page with libcurl, so
 * newsboat's `browser "partyline %u"` opens the whole article. Redirects
 * are followed (http and https only), slow servers time out, and a page
 * larger than FETCH_MAX is refused rather than read into memory. libcurl
 * is loaded only when a URL is given (dynlib.c).
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "config.h"
#include "dynlib.h"
#include "fetch.h"
#include "util.h"

struct fetch_buf {
	char *p;
	size_t n, cap;
	int too_big;
};

int
fetch_is_url(const char *arg)
{
	return strncasecmp(arg, "http://", 7) == 0 ||
	    strncasecmp(arg, "https://", 8) == 0;
}

/* A URL of a scheme we do not fetch (ftp://, file://) and no such file? */
int
fetch_other_scheme(const char *arg)
{
	size_t i = 0;

	while (isalnum((unsigned char)arg[i]) || (i > 0 && arg[i] != '\0' &&
	    strchr("+.-", arg[i]) != NULL))
		i++;
	return i > 0 && strncmp(arg + i, "://", 3) == 0 &&
	    access(arg, F_OK) != 0;
}

/* libcurl's write callback: append, or stop at the size limit. */
static size_t
fetch_write(char *data, size_t size, size_t nmemb, void *arg)
{
	struct fetch_buf *b = arg;
	size_t n = size * nmemb;

	if (b->n + n > FETCH_MAX) {
		b->too_big = 1;
		return 0;	/* libcurl stops with a write error */
	}
	if (b->n + n + 1 > b->cap) {
		while (b->n + n + 1 > b->cap)
			b->cap = b->cap ? b->cap * 2 : 65536;
		b->p = xrealloc(b->p, b->cap);
	}
	memcpy(b->p + b->n, data, n);
	b->n += n;
	return n;
}

/* Seconds for the whole transfer: PARTYLINE_TIMEOUT, else 30. */
static long
fetch_timeout(void)
{
	const char *e = getenv("PARTYLINE_TIMEOUT");
	long t = e != NULL ? atol(e) : 0;

	return t > 0 && t <= 3600 ? t : 30;
}

/* Set up a handle for url writing into b. */
static CURL *
fetch_handle(const struct dynlib_curl *lc, const char *url, struct fetch_buf *b,
    char *err)
{
	CURL *c = lc->init();

	if (c == NULL)
		return NULL;
	lc->setopt(c, CURLOPT_URL, url);
	lc->setopt(c, CURLOPT_FOLLOWLOCATION, 1L);
	lc->setopt(c, CURLOPT_MAXREDIRS, 10L);
	lc->setopt(c, CURLOPT_PROTOCOLS_STR, "http,https");
	lc->setopt(c, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
	lc->setopt(c, CURLOPT_CONNECTTIMEOUT, 10L);
	lc->setopt(c, CURLOPT_TIMEOUT, fetch_timeout());
	lc->setopt(c, CURLOPT_NOSIGNAL, 1L);
	lc->setopt(c, CURLOPT_ACCEPT_ENCODING, "");
	lc->setopt(c, CURLOPT_USERAGENT, "partyline/" PACKAGE_VERSION);
	lc->setopt(c, CURLOPT_ERRORBUFFER, err);
	lc->setopt(c, CURLOPT_WRITEFUNCTION, fetch_write);
	lc->setopt(c, CURLOPT_WRITEDATA, b);
	return c;
}

/* The one-line reason a transfer failed. */
static char *
fetch_cause(const struct dynlib_curl *lc, CURLcode rc, const struct fetch_buf *b,
    const char *err)
{
	if (b->too_big)
		return xasprintf("page larger than %u MB", FETCH_MAX >> 20);
	return xstrdup(*err != '\0' ? err : lc->strerror(rc));
}

char *
fetch_url(const char *url, size_t *len, char **final, char **type, char **cause)
{
	const struct dynlib_curl *lc;
	struct fetch_buf b = { NULL, 0, 0, 0 };
	char err[CURL_ERROR_SIZE] = "", *eff = NULL, *ct = NULL;
	long code = 0;
	CURLcode rc;
	CURL *c;

	if ((lc = dynlib_curl(cause)) == NULL)
		return NULL;
	if ((c = fetch_handle(lc, url, &b, err)) == NULL) {
		*cause = xstrdup("cannot start a transfer");
		return NULL;
	}
	rc = lc->perform(c);
	lc->getinfo(c, CURLINFO_RESPONSE_CODE, &code);
	if (rc == CURLE_OK && code >= 400)
		*cause = xasprintf("HTTP error %ld", code);
	else if (rc != CURLE_OK)
		*cause = fetch_cause(lc, rc, &b, err);
	else {
		lc->getinfo(c, CURLINFO_EFFECTIVE_URL, &eff);
		lc->getinfo(c, CURLINFO_CONTENT_TYPE, &ct);
		*final = xstrdup(eff != NULL ? eff : url);
		*type = ct != NULL ? xstrdup(ct) : NULL;
		if (b.p == NULL)
			b.p = xmalloc(1);
		b.p[b.n] = '\0';
		*len = b.n;
		lc->cleanup(c);
		return b.p;
	}
	lc->cleanup(c);
	free(b.p);
	return NULL;
}
