/*
 * dynlib.c: loading libxml2 and libcurl with dlopen the first time a page,
 * a feed or a URL needs them. Linked directly they cost every start-up
 * their whole dependency tree (~40 libraries, most of the 10 KB article's
 * first paint); text articles never use them. The sonames come from
 * configure (linked against the -dev packages), so the library loaded is
 * the one the headers describe.
 */
#include <dlfcn.h>
#include <pthread.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include "config.h"
#include "dynlib.h"
#include "util.h"

struct dynlib_sym {
	const char *name;
	size_t off;
};

#define SYM(type, member, name) { name, offsetof(struct type, member) }

static const struct dynlib_sym dynlib_xml_syms[] = {
	SYM(dynlib_xml, read_html, "htmlReadMemory"),
	SYM(dynlib_xml, read_xml, "xmlReadMemory"),
	SYM(dynlib_xml, root, "xmlDocGetRootElement"),
	SYM(dynlib_xml, child_count, "xmlChildElementCount"),
	SYM(dynlib_xml, free_doc, "xmlFreeDoc"),
	SYM(dynlib_xml, get_prop, "xmlGetProp"),
	SYM(dynlib_xml, content, "xmlNodeGetContent"),
	SYM(dynlib_xml, free, "xmlFree"),
};

static const struct dynlib_sym dynlib_curl_syms[] = {
	SYM(dynlib_curl, init, "curl_easy_init"),
	SYM(dynlib_curl, setopt, "curl_easy_setopt"),
	SYM(dynlib_curl, perform, "curl_easy_perform"),
	SYM(dynlib_curl, getinfo, "curl_easy_getinfo"),
	SYM(dynlib_curl, strerror, "curl_easy_strerror"),
	SYM(dynlib_curl, cleanup, "curl_easy_cleanup"),
};

static struct dynlib_xml dynlib_xml_api;
static struct dynlib_curl dynlib_curl_api;
static char dynlib_xml_err[256], dynlib_curl_err[256];
static int dynlib_xml_ok, dynlib_curl_ok;

#define NSYMS(a) (sizeof (a) / sizeof (a)[0])

/* The address of name in h, or NULL. */
static void *
dynlib_sym(void *h, const char *name, void *fn)
{
	void *p = dlsym(h, name);

	memcpy(fn, &p, sizeof p);	/* POSIX: a void * holds a function */
	return p;
}

/*
 * dlopen soname and fill the table at api from syms; the handle, or NULL
 * with the reason in err. It is never closed: the library stays for the
 * process's life, as if linked.
 */
static void *
dynlib_open(const char *soname, const struct dynlib_sym *syms, size_t n,
    void *api, char *err, size_t errlen)
{
	void *h = dlopen(soname, RTLD_NOW | RTLD_LOCAL);
	size_t i;

	if (h == NULL) {
		snprintf(err, errlen, "cannot load %s: %s", soname, dlerror());
		return NULL;
	}
	for (i = 0; i < n; i++)
		if (dynlib_sym(h, syms[i].name, (char *)api + syms[i].off) == NULL) {
			snprintf(err, errlen, "%s has no %s", soname, syms[i].name);
			return NULL;
		}
	return h;
}

static void
dynlib_xml_load(void)
{
	void (*init)(void);
	void *h;

	if ((h = dynlib_open(XML_SONAME, dynlib_xml_syms, NSYMS(dynlib_xml_syms),
	    &dynlib_xml_api, dynlib_xml_err, sizeof dynlib_xml_err)) == NULL)
		return;
	/* xmlInitParser before threads use the parser (--jobs). */
	if (dynlib_sym(h, "xmlInitParser", &init) != NULL)
		init();
	dynlib_xml_ok = 1;
}

static void
dynlib_curl_load(void)
{
	CURLcode (*global_init)(long);
	void *h;

	if ((h = dynlib_open(CURL_SONAME, dynlib_curl_syms, NSYMS(dynlib_curl_syms),
	    &dynlib_curl_api, dynlib_curl_err, sizeof dynlib_curl_err)) == NULL)
		return;
	if (dynlib_sym(h, "curl_global_init", &global_init) == NULL || global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK) {
		snprintf(dynlib_curl_err, sizeof dynlib_curl_err,
		    "cannot start libcurl");
		return;
	}
	dynlib_curl_ok = 1;
}

const struct dynlib_xml *
dynlib_xml(char **cause)
{
	static pthread_once_t once = PTHREAD_ONCE_INIT;

	pthread_once(&once, dynlib_xml_load);
	if (dynlib_xml_ok)
		return &dynlib_xml_api;
	if (cause != NULL)
		*cause = xstrdup(dynlib_xml_err);
	return NULL;
}

const struct dynlib_curl *
dynlib_curl(char **cause)
{
	static pthread_once_t once = PTHREAD_ONCE_INIT;

	pthread_once(&once, dynlib_curl_load);
	if (dynlib_curl_ok)
		return &dynlib_curl_api;
	if (cause != NULL)
		*cause = xstrdup(dynlib_curl_err);
	return NULL;
}

int
dynlib_loaded(const char *which)
{
	const char *so = strcmp(which, "xml") == 0 ? XML_SONAME : CURL_SONAME;
	void *h = dlopen(so, RTLD_NOW | RTLD_NOLOAD);

	if (h == NULL)
		return 0;
	dlclose(h);	/* NOLOAD took a reference */
	return 1;
}
