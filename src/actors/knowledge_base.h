// The actor knowledge base: states, organisations, movements, institutions
// and office-holders with dates, loaded from the TOML dictionaries under
// graphs/dictionaries/actors/ (embedded in the binary) plus user overlays.
#ifndef ACTORGRAPH_ACTORS_KNOWLEDGE_BASE_H_
#define ACTORGRAPH_ACTORS_KNOWLEDGE_BASE_H_

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "actors/actor.h"
#include "core/status.h"
#include "core/string_map.h"

namespace actorgraph {

/// How a surface form names its actor.
enum class NameForm {
  kName,           // canonical, short or long name, alias: "Israel", "Blinken", "IDF"
  kDemonym,        // adjective / singular: "Israeli"
  kDemonymPlural,  // "Israelis"
  kCapital,        // a capital, actor only as a metonym: "Washington", "Cairo"
  kSeat,           // a seat of government used as metonym: "the Kremlin", "Downing Street"
  kContextName,    // a name the actor shares, naming it only where its party was named before:
                   // "House of Representatives" in a story about Libya
};

/// One surface form of one actor, for the mention finder's token trie.
struct Surface {
  std::string text;      // as written in the dictionary ("al-Sissi")
  std::string actor_id;
  NameForm form = NameForm::kName;
};

/// A title phrase as used in news ("Secretary of State", "foreign minister",
/// "the emir"), mapped to an office key; `party` is set when the phrase alone
/// implies the state ("Secretary of State" -> USA, "the emir" -> none).
struct TitlePhrase {
  std::string text;    // "Secretary of State"
  std::string office;  // office key: "foreign-minister", "head-of-state", ...
  std::string party;   // "USA" or empty
};

/// The holder of an office on a date.
struct OfficeHolder {
  const Actor* person = nullptr;
  bool guessed = false;  // true when no date was given and the latest holder was taken
};

/// Read-only after loading; safe to share between threads.
class KnowledgeBase {
 public:
  /// The built-in dictionaries (embedded graphs/dictionaries/actors/*.toml), from
  /// their snapshot pre-parsed at build time when the binary carries a current one.
  static Result<KnowledgeBase> LoadBuiltin();
  /// The same, always parsed from the TOML (what the snapshot is made from).
  static Result<KnowledgeBase> ParseBuiltin();

  /// The loaded state as bytes, stamped with a digest of the dictionaries they
  /// came from (tools/snapshot_dictionaries.cc writes the built-in one).
  std::string Snapshot() const;
  /// Reads Snapshot() bytes. An error when they are malformed or were made from
  /// other dictionaries than the embedded ones.
  static Result<KnowledgeBase> FromSnapshot(std::string_view bytes);

  /// Parses one TOML dictionary text and adds or overrides its entries (an
  /// entry with an existing id replaces that actor). `origin` names the file in
  /// errors: "origin:line: message". Malformed entries fail the whole overlay.
  Status Overlay(std::string_view toml, std::string_view origin);

  /// The actor with this id, or nullptr.
  const Actor* Find(std::string_view id) const;
  /// All actors, sorted by id.
  const std::vector<Actor>& actors() const { return actors_; }
  /// Every surface form of every actor (names, aliases, demonyms, capitals, seats).
  const std::vector<Surface>& surfaces() const { return surfaces_; }
  /// Every title phrase.
  const std::vector<TitlePhrase>& titles() const { return titles_; }
  /// Problems that are not errors: aliases claimed by two actors, ...
  const std::vector<std::string>& warnings() const { return warnings_; }

  /// Who held `office` for `party` on `date` (ISO; empty = latest holder,
  /// flagged as guessed). nullopt when nobody in the dictionary did.
  std::optional<OfficeHolder> HolderOf(std::string_view office, std::string_view party,
                                       std::string_view date) const;

  /// The one person whose name ends in `family` and who held an office (an
  /// instance of `office`, any when empty) on `date`: "President Bush" in 2008.
  /// nullptr when nobody or several did, or without a date.
  const Actor* FamilyNameHolder(std::string_view family, std::string_view office, std::string_view date) const;

  /// Whether a person held any office on `date` (false without a date).
  bool HoldsOffice(const Actor& actor, std::string_view date) const;

  /// The party a person acted for on `date` (their office then), else actor.party.
  std::string PartyOn(const Actor& actor, std::string_view date) const;

  /// Actors whose id, name, alias or title matches `query` (case-insensitive;
  /// exact first, then prefix/substring), and near misses for "did you mean".
  std::vector<const Actor*> Search(std::string_view query) const;
  std::vector<std::string> Suggest(std::string_view query, int max = 3) const;

  /// The display title of an office for a party: ("foreign-minister", "USA") ->
  /// "Secretary of State" (from titles.toml `name`), else the key spelt out
  /// ("Foreign Minister").
  std::string OfficeTitle(std::string_view office, std::string_view party) const;
  /// Every office key that some title phrase maps onto, sorted.
  std::vector<std::string> OfficeKeys() const;
  /// The dictionary files loaded so far, in order ("graphs/dictionaries/actors/states.toml").
  const std::vector<std::string>& origins() const { return origins_; }

 public:
  struct ParsedFile;  // one dictionary file, parsed (defined in knowledge_base.cc; for LoadBuiltin)

 private:
  /// Overlay without Reindex(): by_id_ stays valid, the rest waits for Reindex.
  Status Apply(std::string_view toml, std::string_view origin);
  Status ApplyParsed(const ParsedFile& file);
  void Reindex();  // sorts actors_, rebuilds by_id_, surfaces_, titles_ and warnings_
  /// True when `o` is an instance of `office` (its key, or a finer office whose
  /// titles.toml `name` equals o.title) for `party` (any when empty).
  bool OfficeMatches(const Office& o, std::string_view office, std::string_view party) const;

  std::vector<Actor> actors_;
  std::vector<Surface> surfaces_;
  std::vector<TitlePhrase> titles_;
  std::vector<std::string> warnings_;
  std::vector<std::string> origins_;
  struct OfficeName {
    std::string office, party, name;
  };
  std::vector<OfficeName> office_names_;  // titles.toml `name`, by (office, party)
  StringMap<std::size_t> by_id_;
  std::map<std::string, std::vector<Surface>, std::less<>> forms_;  // by actor id, as written
  // Per-actor extra fields the mention finder needs (demonyms, capital, seats)
  // live in the actors' aliases with their NameForm in surfaces_.
};

}  // namespace actorgraph

#endif  // ACTORGRAPH_ACTORS_KNOWLEDGE_BASE_H_
