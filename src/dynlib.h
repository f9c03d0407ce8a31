/*
 * dynlib.h: libxml2 and libcurl, loaded when first needed. A plain-text
 * article then starts without the ~40 shared libraries they bring (ICU,
 * TLS, Kerberos, LDAP...): on this machine that was most of start-up.
 */
#ifndef PARTYLINE_DYNLIB_H
#define PARTYLINE_DYNLIB_H

#include <curl/curl.h>
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

/* The libxml2 functions we call, by what they do. */
struct dynlib_xml {
	__typeof__(&htmlReadMemory) read_html;
	__typeof__(&xmlReadMemory) read_xml;
	__typeof__(&xmlDocGetRootElement) root;
	__typeof__(&xmlChildElementCount) child_count;
	__typeof__(&xmlFreeDoc) free_doc;
	__typeof__(&xmlGetProp) get_prop;
	__typeof__(&xmlNodeGetContent) content;
	xmlFreeFunc *free;	/* libxml2's variable xmlFree: call (*x->free)(p) */
};

/* The libcurl functions we call. */
struct dynlib_curl {
	__typeof__(&curl_easy_init) init;
	__typeof__(&curl_easy_setopt) setopt;
	__typeof__(&curl_easy_perform) perform;
	__typeof__(&curl_easy_getinfo) getinfo;
	__typeof__(&curl_easy_strerror) strerror;
	__typeof__(&curl_easy_cleanup) cleanup;
};

/*
 * libxml2, loaded and initialised on the first call (any thread). NULL and
 * a one-line *cause when it cannot be loaded; once a call succeeded, later
 * calls succeed and cause may be NULL.
 */
const struct dynlib_xml *dynlib_xml(char **cause);
/* libcurl, likewise (curl_global_init done). */
const struct dynlib_curl *dynlib_curl(char **cause);
/* Has libxml2 or libcurl been loaded into this process (for tests)? */
int dynlib_loaded(const char *which);

#endif
