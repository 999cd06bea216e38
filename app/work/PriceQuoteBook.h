// SPDX-License-Identifier: MIT
// What CompShare's price action says each configuration on screen costs.
// For each distinct configuration of the listed instances (region and zone,
// GPU type and count, CPU, memory, image, disks, charge type: PriceRequest)
// it asks GetCompShareInstancePrice once, keeps the answer a day (in memory
// and in the local store, so a restart within the day asks nothing), and
// after a refusal, no answer or no price for the charge type asks again at
// most hourly. It asks only after a full list came (the list pages own the
// connections first, issue 34), a few at a time, and never holds the list.
//
// It only knows quotes; how a bill uses them (and says where the listing
// and the quote disagree) is BillingRules' business.
#pragma once

#include "domain/PriceCheck.h"
#include "domain/PriceQuote.h"
#include "state/PriceQuoteArchive.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QStringList>
#include <functional>
#include <optional>

namespace compshare {

class CompShareClient;

class PriceQuoteBook final : public QObject
{
    Q_OBJECT

public:
    static constexpr int kKeepSecs = 24 * 3600; // an answer is used this long
    static constexpr int kRetrySecs = 3600;     // after a failure, asked again no sooner
    static constexpr int kMaxInFlight = 2;      // price questions on the wire at once

    // How far the question about an instance got (domain/PriceCheck.h).
    using Status = PriceQuestion;

    // now: the session's clock (every time the book keeps is on it).
    PriceQuoteBook(CompShareClient *client, std::function<QDateTime()> now,
                   QObject *parent = nullptr);

    // Where answers outlive the process (not owned; unset it before it goes).
    // Setting it takes the current account's stored answers younger than a day.
    void setArchive(PriceQuoteArchive *archive);
    // Whose answers these are (LocalStore::accountHash). Another account:
    // everything known is dropped, answers in flight are ignored, and that
    // account's stored answers younger than a day are taken.
    void setAccount(const QString &account);
    QString account() const { return m_account; }
    // The instance's CompShareImageId, sent so the answer prices the image.
    // Instance does not carry the listing's CompShareImageId yet: until a
    // source is set, no image id is sent and no quote has an image part.
    void setImageIdSource(std::function<QString(const Instance &)> source);

    // A full list came: each of its configurations that is not known (never
    // asked, its answer a day old, its failure an hour old) is asked, at most
    // kMaxInFlight at a time, once the list has been handled.
    void observeFullList(const QList<Instance> &instances);
    // No more questions (disconnected): the queue is dropped, answers still
    // on the wire are ignored; what is known stays.
    void halt();

    // The price action's answer for the instance's configuration and charge
    // type, or nothing (not asked yet, refused, no price, not quotable).
    std::optional<PriceQuote> quoteFor(const Instance &instance) const;
    Status status(const Instance &instance) const;
    // The question the instance's configuration makes (with its image id),
    // or nothing when it cannot be asked. Its key() is what the book keeps
    // answers by: a caller that keeps the key per instance asks quoteFor()
    // and status() by key, and builds no key per lookup.
    std::optional<PriceRequest> requestFor(const Instance &instance) const;
    std::optional<PriceQuote> quoteFor(const QString &key) const;
    Status status(const QString &key) const;
    // The listing's figures stand and are unverified: the configuration
    // cannot be asked about, or its question was refused, unanswered or
    // answered without a price. Not while the first answer is awaited.
    bool isUnverified(const Instance &instance) const;
    static bool isUnverified(Status status);

    int inFlight() const { return m_inFlight; }
    int queued() const { return int(m_queue.size()); }

signals:
    // A quote came, was renewed or went, or a question failed: read
    // quoteFor() / status() again.
    void changed();

private:
    struct Entry
    {
        PriceRequest request;
        std::optional<PriceQuote> quote;   // the last price that came (fetchedAt: when)
        Status failure = Status::NotAsked; // of the last settled question, if it failed
        QDateTime at;                      // when the last question settled
        bool asking = false;               // queued or on the wire
    };

    Status statusOf(const Entry &entry) const;
    bool isDue(const Entry &entry) const;
    void loadStored();
    void pump();
    void settle(const QString &key, quint64 generation, const PriceAnswer &answer);

    CompShareClient *m_client;
    std::function<QDateTime()> m_now;
    PriceQuoteArchive *m_archive = nullptr;
    QString m_account;
    std::function<QString(const Instance &)> m_imageIdOf;
    QHash<QString, Entry> m_entries; // by PriceRequest::key()
    QStringList m_queue;             // keys to ask, in the list's order
    int m_inFlight = 0;
    quint64 m_generation = 0; // answers of an earlier account or a halt are ignored
    bool m_pumpPosted = false;
};

} // namespace compshare
