/* charset.h: finding a page's or file's character set and converting to UTF-8. */
#ifndef PARTYLINE_CHARSET_H
#define PARTYLINE_CHARSET_H

#include <stddef.h>

/* Do the bytes start with a UTF-16 byte order mark? */
int charset_is_utf16(const char *bytes, size_t len);
/* Are the bytes valid UTF-8? */
int charset_valid_utf8(const char *bytes, size_t len);
/* The charset of a web page: BOM, <meta charset>, http-equiv, else a guess.
 * Returns a static name ("UTF-8" when no conversion is needed). */
const char *charset_of_html(const char *bytes, size_t len);
/* Is this plain text in a single-byte charset rather than UTF-8? */
int charset_looks_8bit(const char *bytes, size_t len);
/* Convert from charset to UTF-8 (BOM dropped); invalid bytes become U+FFFD.
 * Returns a malloc'd buffer of *outlen bytes (NUL-terminated), or NULL and
 * *cause if the charset is unknown. */
char *charset_to_utf8(const char *bytes, size_t len, const char *charset,
    size_t *outlen, char **cause);

#endif
