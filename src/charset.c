/*
 * charset.c: character sets at the edge. Finds what a page says it is in
 * (byte order mark, <meta charset>, <meta http-equiv="Content-Type">),
 * tells single-byte text (Windows-1252, Latin-1) from UTF-8, and converts
 * with iconv. Everything after ingest sees UTF-8 only.
 *
 * Stays in C: the charset names below (latin1, cp1252) are labels of
 * encodings as pages write them, not words of news; they live with the
 * converter that reads them.
 */
#include <errno.h>
#include <iconv.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <unistr.h>

#include "charset.h"
#include "util.h"

int
charset_is_utf16(const char *bytes, size_t len)
{
	return len >= 2 && ((memcmp(bytes, "\xff\xfe", 2) == 0) ||
	    memcmp(bytes, "\xfe\xff", 2) == 0);
}

int
charset_valid_utf8(const char *bytes, size_t len)
{
	return u8_check((const uint8_t *)bytes, len) == NULL;
}

/* The charset named after "charset=" at p (quotes and spaces skipped). */
static const char *
charset_name_at(const char *p, const char *end, char *buf, size_t size)
{
	size_t n = 0;

	while (p < end && (*p == ' ' || *p == '"' || *p == '\'' || *p == '='))
		p++;
	while (p < end && n + 1 < size && (((*p | 32) >= 'a' && (*p | 32) <= 'z') ||
	    (*p >= '0' && *p <= '9') || *p == '-' || *p == '_' || *p == ':' || *p == '.'))
		buf[n++] = *p++;
	buf[n] = '\0';
	return n > 0 ? buf : NULL;
}

/* Names a page declares, mapped the way browsers map them. */
static const char *
charset_canonical(const char *name, const char *bytes, size_t len)
{
	static const char *const latin[] = { "iso-8859-1", "iso8859-1", "latin1",
	    "l1", "us-ascii", "ascii", "windows-1252", "cp1252", "x-cp1252", NULL };
	static _Thread_local char keep[64];	/* one per thread: --jobs */
	size_t i;

	if (strcasecmp(name, "utf-8") == 0 || strcasecmp(name, "utf8") == 0 ||
	    strncasecmp(name, "utf-16", 6) == 0)	/* a page read as bytes is not UTF-16 */
		return "UTF-8";
	for (i = 0; latin[i] != NULL; i++)
		if (strcasecmp(name, latin[i]) == 0)
			/* pages that say Latin-1 but are UTF-8 are common */
			return charset_valid_utf8(bytes, len) ? "UTF-8" : "WINDOWS-1252";
	snprintf(keep, sizeof keep, "%s", name);
	return keep;
}

/* Find `charset=` inside a <meta ...> tag in the first bytes of a page. */
static const char *
charset_meta(const char *bytes, size_t len, char *buf, size_t size)
{
	size_t n = len < 16384 ? len : 16384, i;
	const char *end = bytes + n, *p, *tag_end;

	for (i = 0; i + 5 < n; i++) {
		if (bytes[i] != '<' || strncasecmp(bytes + i + 1, "meta", 4) != 0)
			continue;
		tag_end = memchr(bytes + i, '>', n - i);
		if (tag_end == NULL)
			break;
		for (p = bytes + i; p + 8 < tag_end; p++)
			if (strncasecmp(p, "charset", 7) == 0 && (p[7] == '=' ||
			    p[7] == ' ')) {
				if (charset_name_at(p + 7, end, buf, size) != NULL)
					return buf;
			}
	}
	return NULL;
}

const char *
charset_of_html(const char *bytes, size_t len)
{
	char buf[64];
	const char *name;

	if (len >= 3 && memcmp(bytes, "\xef\xbb\xbf", 3) == 0)
		return "UTF-8";
	if (len >= 2 && memcmp(bytes, "\xff\xfe", 2) == 0)
		return "UTF-16LE";
	if (len >= 2 && memcmp(bytes, "\xfe\xff", 2) == 0)
		return "UTF-16BE";
	if ((name = charset_meta(bytes, len, buf, sizeof buf)) != NULL)
		return charset_canonical(name, bytes, len);
	return charset_valid_utf8(bytes, len) ? "UTF-8" : "WINDOWS-1252";
}

/* Is c an ASCII letter? */
static int
charset_alpha(unsigned c)
{
	return (c | 32) >= 'a' && (c | 32) <= 'z';
}

/* A Windows-1252 letter byte (À..ÿ but × and ÷). */
static int
charset_cp_letter(unsigned c)
{
	return c >= 0xc0 && c != 0xd7 && c != 0xf7;
}

/*
 * Single-byte text (Windows-1252, Latin-1): bytes above 0x7f that never
 * form UTF-8, where each run of accented letters touches a plain letter
 * ("caf\xe9", "Z\xfcrich") and punctuation is of the charset ("\x93word
 * \x94"). Not a single valid multi-byte UTF-8 character, and no UTF-8 lead
 * byte before a continuation byte ("\xe2\x82" is damaged UTF-8): a UTF-8
 * file with a few broken bytes stays UTF-8, its bytes become U+FFFD.
 */
int
charset_looks_8bit(const char *bytes, size_t len)
{
	const uint8_t *b = (const uint8_t *)bytes;
	size_t i, j;
	ucs4_t c;
	int high = 0;

	for (i = 0; i < len; i++) {
		if (b[i] < 0x80)
			continue;
		if (u8_mbtoucr(&c, b + i, len - i) > 0)
			return 0;
		if (b[i] >= 0xc2 && b[i] <= 0xf4 && i + 1 < len &&
		    b[i + 1] >= 0x80 && b[i + 1] <= 0xbf)
			return 0;
		if (b[i] == 0x81 || b[i] == 0x8d || b[i] == 0x8f || b[i] == 0x90 ||
		    b[i] == 0x9d)
			return 0;	/* not in Windows-1252 */
		high = 1;
		if (!charset_cp_letter(b[i]))
			continue;
		for (j = i; j < len && charset_cp_letter(b[j]); j++)
			;
		if (!(i > 0 && charset_alpha(b[i - 1])) &&
		    !(j < len && charset_alpha(b[j])))
			return 0;
		i = j - 1;
	}
	return high;
}

char *
charset_to_utf8(const char *bytes, size_t len, const char *charset,
    size_t *outlen, char **cause)
{
	iconv_t cd = iconv_open("UTF-8", charset);
	char *in = (char *)bytes, *out, *o;
	size_t inleft = len, cap = len * 4 + 16, oleft;

	if (cd == (iconv_t)-1) {
		*cause = xasprintf("unknown character set %s", charset);
		return NULL;
	}
	out = xmalloc(cap);
	o = out;
	oleft = cap - 1;
	while (inleft > 0) {
		if (iconv(cd, &in, &inleft, &o, &oleft) != (size_t)-1)
			break;
		if (errno == E2BIG || oleft < 4) {	/* rare at 4x, but be safe */
			size_t used = (size_t)(o - out);

			cap *= 2;
			out = xrealloc(out, cap);
			o = out + used;
			oleft = cap - used - 1;
			continue;
		}
		memcpy(o, "\xef\xbf\xbd", 3);	/* a byte the charset lacks */
		o += 3;
		oleft -= 3;
		in++;
		inleft--;
	}
	iconv_close(cd);
	*o = '\0';
	*outlen = (size_t)(o - out);
	if (*outlen >= 3 && memcmp(out, "\xef\xbb\xbf", 3) == 0) {
		memmove(out, out + 3, *outlen - 2);
		*outlen -= 3;
	}
	return out;
}
