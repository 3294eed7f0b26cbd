#include "service/demo_practice.h"

#include <algorithm>
#include <array>
#include <chrono>
#include <memory>
#include <string_view>

#include "core/error.h"
#include "core/text.h"
#include "service/practice.h"

namespace securebase::service {
namespace {

using namespace std::chrono;
using Words = std::vector<std::string_view>;

// Invented syllables: they combine into names that belong to nobody.
const Words kGivenStarts{"Ae",  "Bri", "Cae", "Dov", "Eli", "Fae", "Gwy",  "Isa",
                         "Jor", "Kio", "Lir", "Mae", "Nyl", "Ori", "Pel",  "Rhe",
                         "Sil", "Tam", "Uli", "Vey", "Xan", "Yel", "Zeph", "Oss"};
const Words kGivenEnds{"ra",  "dan", "lis", "wen", "mo", "nia",
                       "ric", "sel", "tha", "vin", "ko", "ine"};
const Words kFamilyStarts{"Vask", "Tel",  "Mor", "Quel", "Zan", "Brix", "Ond",   "Yss",
                          "Kael", "Drom", "Fyr", "Halv", "Orv", "Pell", "Strin", "Gael"};
const Words kFamilyEnds{"ovin", "arel", "ithe",  "ennor", "umbra", "aski",
                        "olde", "yrn",  "evast", "ique",  "amar",  "ossen"};
const Words kPronouns{"she/her", "he/him", "they/them"};
const Words kStreets{"Larkspur Lane", "Tidewater Row",  "Fernhollow Road",
                     "Kestrel Way",   "Quillon Street", "Amberlea Close"};
const Words kTowns{"Brackenvale", "Ostermere", "Hollin Cross", "Wrenfield"};
const Words kRelationships{"partner", "sibling", "parent", "friend", "adult child"};
const Words kReferrals{"self-referred", "GP referral",      "employee assistance programme",
                       "former client", "community clinic", "couples workshop"};
const Words kConcerns{
    "Anxiety in close relationships and fear of being left.",
    "Withdrawing from a partner whenever conflict starts.",
    "Difficulty trusting others after a painful breakup.",
    "Grief after the loss of a parent, with old family patterns resurfacing.",
    "Work stress and trouble saying no to colleagues.",
    "Feeling numb and far away from people they love.",
    "Repeated cycles of pursuing and withdrawing with a partner.",
    "Low self-worth and strong need for reassurance.",
};
const Words kTags{"anxious pattern",     "avoidant pattern", "disorganised pattern",
                  "secure base work",    "couple work",      "grief",
                  "reassurance-seeking", "boundaries",       "self-compassion"};
const Words kDischargeReasons{"Goals met; planned ending.", "Moved away; referred on locally.",
                              "Chose to pause therapy for now.", "Completed the agreed block."};

const Words kReported{
    "Reported lying awake after a late reply from their partner and sending several messages to "
    "check in.",
    "Described feeling shut out when a friend cancelled plans and withdrawing for the rest of the "
    "week.",
    "Said the week felt steadier; noticed the urge to seek reassurance and waited before acting "
    "on it.",
    "Spoke about a tense family visit and the old sense of needing to keep everyone calm.",
    "Brought an argument at work where they went quiet instead of saying what they needed.",
    "Noticed the pull to back away when their partner asked for more closeness.",
    "Reported practising the breathing exercise most evenings, mainly before sleep.",
    "Described relief after saying no to an extra shift, followed quickly by guilt.",
};
const Words kObserved{
    "Arrived on time, engaged and reflective; affect brighter than last session.",
    "Speech was rapid at first and slowed after grounding; steady eye contact.",
    "Tearful when speaking about early caregivers, and able to stay present with support.",
    "Guarded at the start, warming as the session went on.",
    "Calm and curious, with good humour about old habits.",
};
const Words kFormulation{
    "Reassurance-seeking remains the main strategy under threat of disconnection, and the client "
    "now names it as it happens.",
    "Deactivating strategies show up as intellectualising when feelings rise; the capacity to stay "
    "with emotion is growing.",
    "Moving toward earned security: more able to tolerate uncertainty in the relationship.",
    "Boundaries are clearer at work and still hard to hold with family.",
    "The window of tolerance is widening and shame responses are shorter.",
};
const Words kIntervention{
    "Practised \"I\" statements for an upcoming conversation with their partner through role play.",
    "Guided a five-senses grounding exercise when distress rose.",
    "Explored the link between present protest behaviour and early experiences of inconsistent "
    "care.",
    "Used the therapy relationship as a secure base: named last week's rupture and repaired it.",
    "Mapped the pursue-withdraw cycle on paper and found the softer feelings underneath it.",
};
const Words kResponse{
    "Engaged well and tried the statement twice, the second time with less apology.",
    "Settled noticeably after grounding and said they felt back in the room.",
    "Dismissive at first, then curious about the pattern; agreed to keep noticing it.",
    "Able to ask directly for what they needed within the session.",
};
const Words kPlan{
    "Keep a short log of moments of reassurance-seeking and what helped.",
    "Practise one \"I\" statement with their partner before the next session.",
    "Continue weekly sessions; review the attachment pattern map next time.",
    "Use the grounding card when anxiety peaks and note how long the wave lasts.",
    "Try one small boundary at work and notice the feelings that follow.",
};
const Words kNoteWords{"reassur",   "boundar", "grounding", "attach", "withdraw",  "partner",
                       "statement", "secure",  "rupture",   "guilt",  "closeness", "pattern"};

constexpr std::string_view kCodeAlphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

Date AddDays(Date date, long days) { return Date{sys_days{date} + std::chrono::days{days}}; }

const Words& PhrasesFor(std::string_view key) {
    if (key == "subjective" || key == "data" || key == "behavior") return kReported;
    if (key == "objective") return kObserved;
    if (key == "assessment") return kFormulation;
    if (key == "intervention") return kIntervention;
    if (key == "response") return kResponse;
    return kPlan;
}

Signature SignatureFor(const PracticeSettings& settings, LocalDateTime sessionStart) {
    // Signed the same evening: a plausible, reproducible moment.
    return Signature{settings.SignatureLine(),
                     Timestamp{sessionStart.time_since_epoch()} + hours{6}};
}

}  // namespace

DemoPracticeGenerator::DemoPracticeGenerator(const DemoOptions& options)
    : m_options(options), m_rng(options.seed) {
    size_t inCare = 0;
    for (size_t i = 0; i < options.clients; ++i) {
        const size_t roll = Pick(100);
        const ClientStatus status = roll < 70   ? ClientStatus::Active
                                    : roll < 85 ? ClientStatus::Discharged
                                                : ClientStatus::Waitlist;
        m_statuses.push_back(status);
        if (status != ClientStatus::Waitlist) ++inCare;
    }
    size_t total = options.sessions ? options.sessions : inCare * 12;
    if (inCare == 0 && total > 0 && !m_statuses.empty()) {
        m_statuses.front() = ClientStatus::Active;
        inCare = 1;
    }
    size_t assigned = 0;
    for (ClientStatus status : m_statuses) {
        size_t count = 0;
        if (status != ClientStatus::Waitlist) {
            count = total / inCare + (assigned < total % inCare ? 1 : 0);
            ++assigned;
        }
        m_sessionCounts.push_back(count);
    }
}

size_t DemoPracticeGenerator::Pick(size_t n) { return static_cast<size_t>(m_rng() % n); }

bool DemoPracticeGenerator::Chance(int percent) { return Pick(100) < static_cast<size_t>(percent); }

std::string DemoPracticeGenerator::Word(const std::vector<std::string_view>& words) {
    return std::string(words[Pick(words.size())]);
}

std::string DemoPracticeGenerator::NewCode() {
    for (;;) {
        std::string code = "SB-";
        for (int i = 0; i < 6; ++i) code += kCodeAlphabet[Pick(kCodeAlphabet.size())];
        if (m_codes.insert(code).second) return code;
    }
}

std::string DemoPracticeGenerator::Compose(std::string_view key) {
    const Words& phrases = PhrasesFor(key);
    const size_t first = Pick(phrases.size());
    const size_t second = (first + 1 + Pick(phrases.size() - 1)) % phrases.size();
    return std::string(phrases[first]) + " " + std::string(phrases[second]);
}

PracticeSettings DemoPracticeGenerator::Settings() const {
    PracticeSettings settings;
    settings.practiceName = "Harrowmede Attachment Therapy Rooms";
    settings.practitionerName = "Ysolde Quarrington";
    settings.credentials = "MA, Registered Psychotherapist";
    settings.idleLockMinutes = 10;
    settings.defaultNoteFormat = NoteFormat::Soap;
    return settings;
}

std::vector<DemoVisit> DemoPracticeGenerator::Visits(size_t count, Date from) {
    const NoteFormat format = Settings().defaultNoteFormat;
    std::vector<DemoVisit> visits;
    visits.reserve(count);
    for (size_t j = 0; j < count; ++j) {
        DemoVisit visit;
        const Date day = AddDays(from, static_cast<long>(7 * j + Pick(3)));
        visit.session.start = local_days{day} + hours{9 + Pick(8)} + minutes{Chance(50) ? 30 : 0};
        const size_t kind = Pick(100);
        visit.session.kind = kind < 85   ? SessionKind::Individual
                             : kind < 93 ? SessionKind::Couple
                             : kind < 98 ? SessionKind::Family
                                         : SessionKind::Group;
        visit.session.duration = minutes{visit.session.kind == SessionKind::Individual ? 50 : 80};
        const size_t attendance = Pick(100);
        visit.session.attendance = attendance < 88   ? Attendance::Attended
                                   : attendance < 95 ? Attendance::Cancelled
                                                     : Attendance::NoShow;
        if (visit.session.attendance == Attendance::Attended) {
            ProgressNote note;
            note.format = format;
            for (const auto& spec : FieldsOf(format))
                note.fields.push_back({std::string(spec.key), Compose(spec.key)});
            visit.note = std::move(note);
            visit.sign = Chance(90);
        }
        visits.push_back(std::move(visit));
    }
    return visits;
}

std::optional<DemoClient> DemoPracticeGenerator::Next() {
    if (m_next >= m_statuses.size()) return std::nullopt;
    const ClientStatus status = m_statuses[m_next];
    const size_t count = m_sessionCounts[m_next];
    ++m_next;

    DemoClient demo;
    Client& c = demo.client;
    c.code = NewCode();
    c.name.given = Word(kGivenStarts) + Word(kGivenEnds);
    c.name.family = Word(kFamilyStarts) + Word(kFamilyEnds);
    if (Chance(15)) c.name.preferred = c.name.given.substr(0, 3);
    const Date today = m_options.today;
    c.dateOfBirth = AddDays(today, -static_cast<long>(365 * (19 + Pick(55)) + Pick(365)));
    c.pronouns = Word(kPronouns);
    c.contact.phone = "555-01" + std::to_string(10 + Pick(90));
    c.contact.email = ToLower(c.name.given) + "." + ToLower(c.name.family) + "@example.org";
    c.contact.address = std::to_string(1 + Pick(240)) + " " + Word(kStreets) + ", " + Word(kTowns);
    c.emergencyContact.name = Word(kGivenStarts) + Word(kGivenEnds) + " " + c.name.family;
    c.emergencyContact.relationship = Word(kRelationships);
    c.emergencyContact.phone = "555-01" + std::to_string(10 + Pick(90));
    c.referralSource = Word(kReferrals);
    c.presentingConcerns = Word(kConcerns);
    c.status = status;
    const size_t tagCount = 1 + Pick(3);
    for (size_t t = 0; t < tagCount; ++t) {
        std::string tag = Word(kTags);
        if (std::find(c.tags.begin(), c.tags.end(), tag) == c.tags.end()) c.tags.push_back(tag);
    }

    const long weeks = static_cast<long>(count) * 7;
    if (status == ClientStatus::Waitlist) {
        c.waitlistedOn = AddDays(today, -static_cast<long>(5 + Pick(115)));
        return demo;
    }
    const long lead = status == ClientStatus::Active ? 7 + static_cast<long>(Pick(60))
                                                     : 30 + static_cast<long>(Pick(300));
    const Date admitted = AddDays(today, -(weeks + lead));
    c.admittedOn = admitted;
    c.waitlistedOn = AddDays(admitted, -static_cast<long>(Pick(30)));
    c.consents.push_back({kNoId, "treatment", admitted, std::nullopt});
    if (Chance(40)) c.consents.push_back({kNoId, "session recording", admitted, std::nullopt});
    if (Chance(20)) c.consents.push_back({kNoId, "contact with GP", admitted, std::nullopt});
    if (status == ClientStatus::Discharged) {
        c.dischargedOn = AddDays(admitted, weeks + 7 + static_cast<long>(Pick(14)));
        c.dischargeReason = Word(kDischargeReasons);
    }
    demo.visits = Visits(count, AddDays(admitted, 3));
    return demo;
}

std::vector<std::string> DemoSearchTerms(size_t count, std::uint64_t seed) {
    std::mt19937_64 rng(seed);
    const auto pick = [&](const Words& words) { return std::string(words[rng() % words.size()]); };
    std::vector<std::string> terms;
    terms.reserve(count);
    for (size_t i = 0; i < count; ++i) {
        switch (rng() % 5) {
            case 0:
                terms.push_back(pick(kGivenStarts) + pick(kGivenEnds).substr(0, 1));
                break;
            case 1:
                terms.push_back(pick(kFamilyStarts));
                break;
            case 2:
                terms.push_back(pick(kFamilyStarts) + pick(kFamilyEnds).substr(0, 2));
                break;
            default: {
                const std::string word = pick(kNoteWords);
                terms.push_back(word.substr(0, 4 + rng() % (word.size() - 3)));
            }
        }
    }
    return terms;
}

DemoSummary LoadDemoPractice(Practice& practice, const DemoOptions& options) {
    if (const size_t existing = practice.CountClients(); existing > 0)
        throw Error(ErrorCode::Refused, "demo needs an empty vault and this one holds " +
                                            std::to_string(existing) +
                                            " clients; create a new vault with init first");
    DemoPracticeGenerator generator(options);
    practice.SaveSettings(generator.Settings());
    DemoSummary summary;
    while (auto demo = generator.Next()) {
        Client draft = demo->client;
        if (draft.status == ClientStatus::Discharged) {
            draft.status = ClientStatus::Active;
            draft.dischargedOn.reset();
            draft.dischargeReason.clear();
        }
        const Client admitted = practice.AdmitClient(std::move(draft));
        for (auto& visit : demo->visits) {
            visit.session.clientId = admitted.id;
            const Session session = practice.AddSession(visit.session);
            ++summary.sessions;
            if (!visit.note) continue;
            visit.note->sessionId = session.id;
            const ProgressNote note = practice.SaveNote(*visit.note);
            ++summary.notes;
            if (visit.sign) {
                practice.SignNote(note.id);
                ++summary.signedNotes;
            }
        }
        if (demo->client.status == ClientStatus::Discharged)
            practice.Discharge(admitted.id, *demo->client.dischargedOn,
                               demo->client.dischargeReason);
        ++summary.clients;
        if (options.progress) options.progress(summary.clients, generator.Total());
    }
    return summary;
}

DemoSummary BulkLoadDemoPractice(PracticeStore& store, const DemoOptions& options) {
    if (store.Clients().Count(std::nullopt) > 0)
        throw Error(ErrorCode::Refused, "the demo practice needs an empty vault");
    DemoPracticeGenerator generator(options);
    const PracticeSettings settings = generator.Settings();
    {
        auto work = store.BeginWork();
        store.Settings().Save(settings);
        work->Commit();
    }
    const auto audit = [&](AuditAction action, const char* entity, Id id) {
        store.Audit().Append(AuditEntry{kNoId, Now(), "system", action, entity, id});
    };
    DemoSummary summary;
    std::unique_ptr<UnitOfWork> work;
    while (auto demo = generator.Next()) {
        if (!work) work = store.BeginWork();
        const Id clientId = store.Clients().Insert(demo->client);
        audit(AuditAction::Create, "client", clientId);
        for (auto& visit : demo->visits) {
            visit.session.clientId = clientId;
            const Id sessionId = store.Sessions().Insert(visit.session);
            audit(AuditAction::Create, "session", sessionId);
            ++summary.sessions;
            if (!visit.note) continue;
            visit.note->sessionId = sessionId;
            const Id noteId = store.Notes().SaveProgressNote(*visit.note);
            audit(AuditAction::Create, "note", noteId);
            ++summary.notes;
            if (visit.sign) {
                store.Notes().Sign(noteId, SignatureFor(settings, visit.session.start));
                audit(AuditAction::Sign, "note", noteId);
                ++summary.signedNotes;
            }
        }
        ++summary.clients;
        if (summary.clients % std::max<size_t>(options.clientsPerCommit, 1) == 0) {
            work->Commit();
            work.reset();
        }
        if (options.progress) options.progress(summary.clients, generator.Total());
    }
    if (work) work->Commit();
    return summary;
}

}  // namespace securebase::service
