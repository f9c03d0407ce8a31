#!/bin/sh
# build.sh: build the libFuzzer harnesses with clang, ASan and UBSan (make
# fuzz runs it). The core is compiled once into tests/fuzz/obj, then each
# fuzz_*.c is linked with it. Variables from make: FUZZ_CC, CPPFLAGS_ALL,
# LIBS_ALL, srcdir, and the core's .c files as arguments.
set -e
: "${FUZZ_CC:=clang}"
flags='-g -O1 -fno-omit-frame-pointer -fsanitize=address,undefined -fno-sanitize-recover=undefined'
out=tests/fuzz
mkdir -p "$out/obj"
objs=
for c in "$@"; do
	objs="$objs $out/obj/$(basename "$c" .c).o"
done
for c in "$@"; do
	o="$out/obj/$(basename "$c" .c).o"
	if [ ! -f "$o" ] || [ "$srcdir/$c" -nt "$o" ]; then
		echo "$srcdir/$c $o"
	fi
done | xargs -r -n 2 -P "${FUZZ_JOBS:-2}" sh -c \
	"echo \"  CC(fuzz) \$0\"; $FUZZ_CC $flags -fsanitize=fuzzer-no-link $CPPFLAGS_ALL -c \"\$0\" -o \"\$1\""
$FUZZ_CC $flags -fsanitize=fuzzer-no-link $CPPFLAGS_ALL -c "$srcdir/tests/fuzz/fuzz.c" -o "$out/obj/fuzz_common.o"
for h in "$srcdir"/tests/fuzz/fuzz_*.c; do
	n=$(basename "$h" .c)
	echo "  CCLD(fuzz) $out/$n"
	# shellcheck disable=SC2086
	$FUZZ_CC $flags -fsanitize=fuzzer $CPPFLAGS_ALL "$h" "$out/obj/fuzz_common.o" $objs \
	    $LIBS_ALL -o "$out/$n"
done
