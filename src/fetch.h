/* fetch.h: reading a URL with libcurl. */
#ifndef PARTYLINE_FETCH_H
#define PARTYLINE_FETCH_H

#include <stddef.h>

#define FETCH_MAX	(16u * 1024 * 1024)	/* bytes: larger pages are refused */

/* Is the argument a URL we fetch (http:// or https://)? */
int fetch_is_url(const char *arg);
/* Does arg name a URL of another scheme (ftp://, file://), no file? */
int fetch_other_scheme(const char *arg);
/*
 * GET url, following redirects, with timeouts and a size limit. Returns
 * the body (NUL-terminated, *len bytes) and in *final the URL it came from
 * after redirects, in *type the Content-Type (or NULL); NULL and a one-line
 * *cause on failure.
 */
char *fetch_url(const char *url, size_t *len, char **final, char **type,
    char **cause);

#endif
