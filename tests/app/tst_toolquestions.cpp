// SPDX-License-Identifier: GPL-3.0-or-later
// The market's questions before a paid tool call goes on, as the Tools screen lists them:
// hostile lists from the market's JSON (wrong types, 1000 entries, huge, invisible and markup
// text) and straight in (empty, repeated, past every limit), with the answers built from them.

#include "markets/tools/toolsanswers.h"
#include "toolquestions.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace lw;
using namespace Qt::Literals::StringLiterals;

class TestToolQuestions : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void hostileQuestionListsAreBounded()
    {
        // From the market's JSON: wrong types dropped, lengths capped, the count bounded.
        QJsonArray sent;
        for (int i = 0; i < 1000; ++i) {
            if (i % 4 == 0)
                sent.append(i);
            else if (i % 4 == 1)
                sent.append(QJsonObject{{u"text"_s, u"q"_s}});
            else
                sent.append(QString(u"Question %1 \u202E<b>bold</b>"_s.arg(i) + QString(i, u'x')));
        }
        lw::HttpResponse response;
        response.status = 200;
        response.body = QJsonDocument(QJsonObject{{u"state"_s, u"pending_confirm"_s},
                                                  {u"session_id"_s, u"s-1"_s},
                                                  {u"questions"_s, sent},
                                                  {u"message"_s, QString(100'000, u'm')}})
                            .toJson();
        const QUrl base(u"https://sats4ai.example/"_s);
        auto parsed = parseToolAnswer(response, base);
        QVERIFY(parsed);
        QCOMPARE(parsed->kind, ToolAnswer::Kind::PushBack);
        ToolQuestionsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        ToolService service;
        service.slug = u"ai-call"_s;
        model.ask(service, parsed->pushBack);
        QVERIFY(model.rowCount() > 0);
        QVERIFY(model.rowCount() <= ToolQuestionsModel::maxQuestions);
        QVERIFY(model.message().size() <= ToolQuestionsModel::maxMessageChars);
        const QString shown = model.index(0).data(ToolQuestionsModel::TextRole).toString();
        QVERIFY(shown.contains(u"\\u{202e}"_s));   // the override is shown, not obeyed
        QVERIFY(shown.contains(u"<b>bold</b>"_s)); // plain text: QML draws it as such
        QCOMPARE(model.sessionId(), u"s-1"_s);

        // Straight in, past any parser: 1000 questions, huge, empty and repeated ones.
        ToolPushBack many;
        many.sessionId = u"s-2"_s;
        many.questions << QString() << u"  "_s << u"Same?"_s << u"Same?"_s;
        for (int i = 0; i < 1000; ++i)
            many.questions << u"Q%1 "_s.arg(i) + QString(5000, u'y');
        model.ask(service, many);
        QCOMPARE(model.rowCount(), ToolQuestionsModel::maxQuestions);
        QCOMPARE(model.skipped(), int(many.questions.size()) - ToolQuestionsModel::maxQuestions);
        QCOMPARE(model.index(0).data(ToolQuestionsModel::TextRole).toString(), u"Same?"_s);
        QCOMPARE(model.index(1).data(ToolQuestionsModel::TextRole).toString().size(),
                 ToolQuestionsModel::maxQuestionChars);
        QCOMPARE(model.index(1).data(ToolQuestionsModel::KindRole).toString(), u"text"_s);
        QVERIFY(!model.validate());
        for (int row = 0; row < model.rowCount(); ++row)
            model.setAnswer(row, QString(100'000, u'a'));
        model.setAnswer(-1, u"x"_s); // out of range: ignored
        model.setAnswer(model.rowCount(), u"x"_s);
        QVERIFY(model.validate());
        const QJsonObject answers = model.answers();
        QCOMPARE(answers.size(), ToolQuestionsModel::maxQuestions);
        QCOMPARE(answers.value(u"Same?"_s).toString().size(), ToolQuestionsModel::maxAnswerChars);
        QVERIFY(
            answers.contains(u"Q0 "_s + QString(ToolQuestionsModel::maxQuestionChars - 3, u'y')));

        // Questions of the wrong type only, or none: nothing to answer.
        response.body = R"({"state":"pending_confirm","session_id":"s-3","questions":"all"})";
        parsed = parseToolAnswer(response, base);
        QVERIFY(parsed);
        model.ask(service, parsed->pushBack);
        QCOMPARE(model.rowCount(), 0);
        // Without a session there is nothing to answer to: refused by the reader.
        response.body = R"({"state":"pending_confirm","questions":["When?"]})";
        QVERIFY(!parseToolAnswer(response, base));
        model.clear();
        QVERIFY(!model.isOpen());
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestToolQuestions)
#include "tst_toolquestions.moc"
