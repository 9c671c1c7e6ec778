// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedtask.h"

#include "common/safetext.h"

#include <QDateTime>
#include <QJsonValue>

#include <algorithm>
#include <climits>

namespace lw {

namespace {

bool needsEscape(char16_t u)
{
    return u < 0x20 || u == 0x7f || u == u'\\'
           || (u >= 0x80 && (QChar::isSurrogate(u) || isInvisibleCharacter(u)));
}

bool hasInvisible(QStringView s)
{
    // Nearly all feed text is printable ASCII: skip blocks of it branch-free (the compiler
    // vectorises the fixed-size loop), then look at the rest one character at a time.
    constexpr qsizetype block = 32;
    const char16_t *p = s.utf16();
    const char16_t *const end = p + s.size();
    for (; end - p >= block; p += block) {
        unsigned odd = 0;
        for (qsizetype i = 0; i < block; ++i)
            odd |= unsigned(char16_t(p[i] - 0x20) >= 0x5f) | unsigned(p[i] == u'\\');
        if (odd)
            break;
    }
    for (; p != end; ++p) {
        if (char16_t(*p - 0x20) < 0x5f && *p != u'\\')
            continue; // printable ASCII
        if (needsEscape(*p))
            return true;
    }
    return false;
}

// Most text is clean: keep the string itself (shared, no copy) unless something must change.
bool needsCleaning(QStringView s, qsizetype limit)
{
    if (s.size() > limit)
        return true;
    if (!s.isEmpty() && (s.front().isSpace() || s.back().isSpace()))
        return true;
    return hasInvisible(s);
}

bool isBreak(char16_t c)
{
    return c == u'\t' || c == u'\n' || c == u'\r' || c == u'\v' || c == u'\f' || c == 0x85
           || c == 0x2028 || c == 0x2029;
}

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil).
qint64 daysFromCivil(qint64 y, int m, int d)
{
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const qint64 yoe = y - era * 400;
    const qint64 doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const qint64 doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

int daysInMonth(int y, int m)
{
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return m == 2 && leap ? 29 : days[m - 1];
}

// Reads `count` digits at `pos`; -1 when they are not all digits.
int digits(QStringView s, qsizetype pos, int count)
{
    if (pos + count > s.size())
        return -1;
    int v = 0;
    for (int i = 0; i < count; ++i) {
        const char16_t c = s[pos + i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        v = v * 10 + (c - u'0');
    }
    return v;
}

// The common shapes (2026-11-21T10:00:00.123+01:00, …Z, a space for the T, no seconds)
// without QDateTime's general parser, which costs more than the rest of a row.
qint64 parseIsoFast(QStringView s)
{
    const int y = digits(s, 0, 4), mo = digits(s, 5, 2), d = digits(s, 8, 2);
    if (y < 0 || mo < 1 || mo > 12 || d < 1 || s[4] != u'-' || s[7] != u'-'
        || d > daysInMonth(y, mo))
        return FeedTask::noTime;
    qint64 ms = daysFromCivil(y, mo, d) * 86'400'000;
    if (s.size() == 10)
        return ms;
    if (s.size() < 16 || (s[10] != u'T' && s[10] != u't' && s[10] != u' ') || s[13] != u':')
        return FeedTask::noTime;
    const int h = digits(s, 11, 2), mi = digits(s, 14, 2);
    if (h < 0 || h > 23 || mi < 0 || mi > 59)
        return FeedTask::noTime;
    ms += (h * 3600 + mi * 60) * 1000LL;
    qsizetype pos = 16;
    if (pos < s.size() && s[pos] == u':') {
        const int sec = digits(s, pos + 1, 2);
        if (sec < 0 || sec > 60)
            return FeedTask::noTime;
        ms += qMin(sec, 59) * 1000LL;
        pos += 3;
        if (pos < s.size() && (s[pos] == u'.' || s[pos] == u',')) {
            ++pos;
            int scale = 100, frac = 0, n = 0;
            while (pos < s.size() && s[pos].isDigit() && s[pos].unicode() < 0x80) {
                if (scale > 0) {
                    frac += (s[pos].unicode() - u'0') * scale;
                    scale /= 10;
                }
                ++pos;
                ++n;
            }
            if (n == 0)
                return FeedTask::noTime;
            ms += frac;
        }
    }
    if (pos == s.size())
        return ms; // no offset: servers speak UTC
    if ((s[pos] == u'Z' || s[pos] == u'z') && pos + 1 == s.size())
        return ms;
    if (s[pos] != u'+' && s[pos] != u'-')
        return FeedTask::noTime;
    const int sign = s[pos] == u'+' ? 1 : -1;
    const int oh = digits(s, pos + 1, 2);
    qsizetype mpos = pos + 3;
    if (mpos < s.size() && s[mpos] == u':')
        ++mpos;
    const int om = mpos == s.size() ? 0 : digits(s, mpos, 2);
    if (oh < 0 || oh > 23 || om < 0 || om > 59 || (mpos != s.size() && mpos + 2 != s.size()))
        return FeedTask::noTime;
    return ms - sign * (oh * 3600 + om * 60) * 1000LL;
}

int quoteCountOf(const QVariant &v)
{
    const int type = v.typeId();
    if (type != QMetaType::Double && type != QMetaType::LongLong && type != QMetaType::Int)
        return 0;
    return int(qBound(0.0, v.toDouble(), double(INT_MAX)));
}

} // namespace

bool feedOrderLess(const FeedTask &a, const FeedTask &b)
{
    if (a.firstSeenMs != b.firstSeenMs)
        return a.firstSeenMs > b.firstSeenMs;
    if (a.accountId != b.accountId)
        return a.accountId < b.accountId;
    return a.remoteId < b.remoteId;
}

qint64 FeedTaskReader::parseTimestamp(const QString &text)
{
    const QStringView s = QStringView(text).trimmed();
    if (s.size() < 10 || s.size() > 40) // no real timestamp is longer; garbage stops here
        return FeedTask::noTime;
    const qint64 fast = parseIsoFast(s);
    if (fast != FeedTask::noTime)
        return fast;
    QDateTime dt = QDateTime::fromString(s.toString(), Qt::ISODateWithMs);
    if (!dt.isValid())
        return FeedTask::noTime;
    if (dt.timeSpec() == Qt::LocalTime)
        dt.setTimeSpec(Qt::UTC);
    return dt.toMSecsSinceEpoch();
}

QString FeedTaskReader::line(const QString &text, qsizetype limit)
{
    if (!needsCleaning(text, limit))
        return text;
    QStringView v(text);
    bool cut = false;
    if (v.size() > limit) {
        qsizetype n = limit;
        if (n > 0 && v[n - 1].isHighSurrogate())
            --n;
        v = v.first(n);
        cut = true;
    }
    QString s = v.toString();
    for (QChar &c : s) {
        if (isBreak(c.unicode()))
            c = u' ';
    }
    s = s.simplified();
    if (hasInvisible(s)) // the escaping is slow: only for text that needs it
        s = displayText(s);
    if (cut)
        s += u'…';
    return s;
}

QString FeedTaskReader::shared(const QString &word)
{
    if (word.isEmpty())
        return {};
    const auto found = m_words.constFind(word);
    if (found != m_words.constEnd())
        return *found;
    if (m_words.size() < 512) // statuses and types are few; a hostile server gets no more
        m_words.insert(word);
    return word;
}

FeedTaskPtr FeedTaskReader::read(qint64 accountId, const RawTask &raw)
{
    auto t = std::make_shared<FeedTask>();
    t->accountId = accountId;
    const qint64 msat = raw.amountMsat;
    t->budgetMsat = msat < 0 || msat > MilliSats::maxMoneyMsat ? FeedTask::noBudget : msat;
    t->createdAtMs = parseTimestamp(raw.createdAt);
    t->firstSeenMs = raw.firstSeenMs;
    t->quoteCount = quoteCountOf(raw.quoteCount);
    t->remoteId = raw.remoteId;
    t->title = line(raw.title, FeedTask::titleLimit);
    const QString description = line(raw.text, FeedTask::descriptionLimit);
    t->titleAscii = QtPrivate::isAscii(QStringView(t->title));
    t->descriptionAscii = QtPrivate::isAscii(QStringView(description));
    // toUtf8() reserves three bytes a character; 100,000 rows must not keep that slack.
    t->description = t->descriptionAscii ? description.toLatin1() : description.toUtf8();
    t->description.squeeze();
    t->status = shared(line(raw.status, FeedTask::wordLimit));
    t->taskType = shared(line(raw.taskType, FeedTask::wordLimit));
    t->party = line(raw.party, FeedTask::partyLimit);
    return t;
}

FeedTaskPtr FeedTaskReader::read(qint64 accountId, const CacheItem &item)
{
    const QJsonValue count = item.extra.value(QLatin1StringView("quote_count"));
    return read(accountId, RawTask{item.remoteId, item.status, item.amount.msat(), item.title,
                                   item.text, item.party, item.createdAt, item.firstSeenMs,
                                   count.isDouble() ? QVariant(count.toDouble()) : QVariant(),
                                   item.extra.value(QLatin1StringView("task_type")).toString()});
}

} // namespace lw
