/*
 * fetch.c: URLs. partyline https://... reads the page with libcurl, so
 * newsboat's `browser "partyline %u"` opens the whole article. Redirects
 * are followed (http and https only), slow servers time out, and a page
 * larger than FETCH_MAX is refused rather than read into memory.
 */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <curl/curl.h>

#include "config.h"
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
fetch_handle(const char *url, struct fetch_buf *b, char *err)
{
	CURL *c = curl_easy_init();

	if (c == NULL)
		return NULL;
	curl_easy_setopt(c, CURLOPT_URL, url);
	curl_easy_setopt(c, CURLOPT_FOLLOWLOCATION, 1L);
	curl_easy_setopt(c, CURLOPT_MAXREDIRS, 10L);
	curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "http,https");
	curl_easy_setopt(c, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
	curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT, 10L);
	curl_easy_setopt(c, CURLOPT_TIMEOUT, fetch_timeout());
	curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
	curl_easy_setopt(c, CURLOPT_ACCEPT_ENCODING, "");
	curl_easy_setopt(c, CURLOPT_USERAGENT, "partyline/" PACKAGE_VERSION);
	curl_easy_setopt(c, CURLOPT_ERRORBUFFER, err);
	curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, fetch_write);
	curl_easy_setopt(c, CURLOPT_WRITEDATA, b);
	return c;
}

/* The one-line reason a transfer failed. */
static char *
fetch_cause(CURLcode rc, const struct fetch_buf *b, const char *err)
{
	if (b->too_big)
		return xasprintf("page larger than %u MB", FETCH_MAX >> 20);
	return xstrdup(*err != '\0' ? err : curl_easy_strerror(rc));
}

static void
fetch_init(void)
{
	curl_global_init(CURL_GLOBAL_DEFAULT);
}

char *
fetch_url(const char *url, size_t *len, char **final, char **type, char **cause)
{
	static pthread_once_t once = PTHREAD_ONCE_INIT;
	struct fetch_buf b = { NULL, 0, 0, 0 };
	char err[CURL_ERROR_SIZE] = "", *eff = NULL, *ct = NULL;
	long code = 0;
	CURLcode rc;
	CURL *c;

	pthread_once(&once, fetch_init);	/* threads: --jobs */
	if ((c = fetch_handle(url, &b, err)) == NULL) {
		*cause = xstrdup("cannot start a transfer");
		return NULL;
	}
	rc = curl_easy_perform(c);
	curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &code);
	if (rc == CURLE_OK && code >= 400)
		*cause = xasprintf("HTTP error %ld", code);
	else if (rc != CURLE_OK)
		*cause = fetch_cause(rc, &b, err);
	else {
		curl_easy_getinfo(c, CURLINFO_EFFECTIVE_URL, &eff);
		curl_easy_getinfo(c, CURLINFO_CONTENT_TYPE, &ct);
		*final = xstrdup(eff != NULL ? eff : url);
		*type = ct != NULL ? xstrdup(ct) : NULL;
		if (b.p == NULL)
			b.p = xmalloc(1);
		b.p[b.n] = '\0';
		*len = b.n;
		curl_easy_cleanup(c);
		return b.p;
	}
	curl_easy_cleanup(c);
	free(b.p);
	return NULL;
}
