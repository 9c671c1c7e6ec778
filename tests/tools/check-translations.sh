#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# check-translations.sh TS_FILE...: fails when a committed translation is unfinished, empty,
# drops or invents a placeholder (%1, %L1, %n), or when the files do not hold the same messages.
# Reads the .ts files only (no lupdate), so a string added to the sources but not yet pulled in
# with `--target update_translations` is caught by that step, and an untranslated one here.
set -euo pipefail
if [ $# -lt 1 ]; then
    echo "usage: $0 TS_FILE..." >&2
    exit 2
fi

status=0
first_keys=""
for ts in "$@"; do
    if [ ! -f "$ts" ]; then
        echo "$ts: missing"
        status=1
        continue
    fi
    # Per message: context, source and its translation(s); reports problems and prints the
    # sorted message keys last, after a separator line.
    report=$(perl -0777 -ne '
        my ($bad, @keys) = (0);
        sub tokens { my %t; $t{$_}++ for $_[0] =~ /%L?\d+/g; join(" ", map { "${_}x$t{$_}" } sort keys %t) }
        while (/<context>\s*<name>(.*?)<\/name>(.*?)<\/context>/gs) {
            my ($ctx, $body) = ($1, $2);
            while ($body =~ /<message([^>]*)>(.*?)<\/message>/gs) {
                my ($attrs, $msg) = ($1, $2);
                my ($src) = $msg =~ /<source>(.*?)<\/source>/s;
                my ($com) = $msg =~ /<comment>(.*?)<\/comment>/s;
                my $where = "$ctx: \"$src\"" . (defined $com ? " ($com)" : "");
                push @keys, "$ctx\t$src\t" . ($com // "");
                my ($tattrs, $tr) = $msg =~ /<translation([^>]*)>(.*?)<\/translation>/s;
                if (!defined $tr) { print "missing translation: $where\n"; $bad++; next; }
                next if $tattrs =~ /type="(?:obsolete|vanished)"/;
                if ($tattrs =~ /type="unfinished"/) { print "unfinished: $where\n"; $bad++; next; }
                my @forms = $attrs =~ /numerus="yes"/
                    ? ($tr =~ /<numerusform[^>]*>(.*?)<\/numerusform>/gs) : ($tr);
                if (!@forms || grep { !/\S/ } @forms) { print "empty translation: $where\n"; $bad++; next; }
                my $want = tokens($src);
                for my $form (@forms) {
                    next if tokens($form) eq $want;
                    print "placeholders differ: $where -> \"$form\"\n"; $bad++;
                }
                if ($src =~ /%n/ && !grep { /%n/ } @forms) {
                    print "no %n in any plural form: $where\n"; $bad++;
                }
            }
        }
        print "BAD $bad\n", "----\n", join("\n", sort @keys), "\n";
    ' "$ts")
    problems=${report%%$'\n'----$'\n'*}
    keys=${report#*$'\n'----$'\n'}
    count=$(printf '%s\n' "$keys" | grep -c . || true)
    if [ "${problems##*BAD }" != "0" ]; then
        printf '%s\n' "${problems%BAD *}" | sed "s|^|$ts: |;/: $/d"
        status=1
    fi
    if [ "$count" -eq 0 ]; then
        echo "$ts: no messages"
        status=1
    fi
    echo "$ts: $count messages"
    if [ -z "$first_keys" ]; then
        first_keys=$keys
        first_ts=$ts
    elif [ "$keys" != "$first_keys" ]; then
        echo "$ts and $first_ts hold different messages:"
        diff <(printf '%s\n' "$first_keys") <(printf '%s\n' "$keys") | grep '^[<>]' | head -20
        status=1
    fi
done
exit $status
