// SPDX-License-Identifier: GPL-3.0-or-later
#include "taskdetailtext.h"

#include "common/safetext.h"
#include "feedtask.h"

#include <QStringList>

namespace lw {

namespace {

QStringView cut(QStringView v, qsizetype n)
{
    if (v.size() <= n)
        return v;
    if (n > 0 && v[n - 1].isHighSurrogate())
        --n;
    return v.first(n);
}

} // namespace

QString DetailText::paragraphs(const QString &text, qsizetype maxChars, int maxLines,
                               bool *shortened)
{
    QStringView v(text);
    bool wasCut = v.size() > maxChars;
    v = cut(v, maxChars);
    QStringList lines;
    qsizetype start = 0;
    while (start <= v.size()) {
        if (lines.size() >= maxLines) {
            wasCut = true;
            break;
        }
        qsizetype end = v.indexOf(u'\n', start);
        if (end < 0)
            end = v.size();
        QStringView one = v.sliced(start, end - start);
        if (one.endsWith(u'\r'))
            one.chop(1);
        lines.append(displayText(one));
        start = end + 1;
    }
    QString out = lines.join(u'\n').trimmed();
    if (out.size() > maxChars) { // escapes made it longer than the cap
        out = cut(QStringView(out), maxChars).toString();
        wasCut = true;
    }
    if (wasCut)
        out += u'…';
    if (shortened)
        *shortened = wasCut;
    return out;
}

QString DetailText::line(const QString &text, qsizetype maxChars)
{
    bool wasCut = text.size() > maxChars;
    QString s = cut(QStringView(text), maxChars).toString();
    for (QChar &c : s)
        if (c == u'\n' || c == u'\r' || c == u'\t')
            c = u' ';
    s = displayText(s).simplified();
    if (s.size() > maxChars) { // escapes made it longer than the cap
        s = cut(QStringView(s), maxChars).toString();
        wasCut = true;
    }
    if (wasCut)
        s += u'…';
    return s;
}

QDateTime DetailText::time(const QString &text)
{
    const qint64 ms = FeedTaskReader::parseTimestamp(text); // the feed's reading, same answers
    if (ms == FeedTask::noTime)
        return {};
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

} // namespace lw
