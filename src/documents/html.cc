#include "documents/html.h"

#include <vector>

#include <gumbo.h>
#include <nlohmann/json.hpp>

#include "documents/dates.h"

namespace actorgraph {
namespace {

const char* Attr(const GumboNode* node, const char* name) {
  if (node->type != GUMBO_NODE_ELEMENT) return nullptr;
  const GumboAttribute* a = gumbo_get_attribute(&node->v.element.attributes, name);
  return a != nullptr ? a->value : nullptr;
}

std::string TagName(const GumboNode* node) {
  if (node->type != GUMBO_NODE_ELEMENT) return "";
  GumboTag tag = node->v.element.tag;
  if (tag != GUMBO_TAG_UNKNOWN) return gumbo_normalized_tagname(tag);
  GumboStringPiece original = node->v.element.original_tag;
  gumbo_tag_from_original_text(&original);
  return AsciiLower(std::string_view(original.data, original.length));
}

// Collapses runs of white space to one space.
void AppendCollapsed(std::string_view s, std::string* out) {
  for (char c : s) {
    bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
    if (space) {
      if (!out->empty() && out->back() != ' ' && out->back() != '\n') out->push_back(' ');
    } else {
      out->push_back(c);
    }
  }
}

// All text below `node` (for <title>, <h1>, <time>), whitespace collapsed.
std::string TextOf(const GumboNode* node) {
  std::string out;
  std::vector<const GumboNode*> stack = {node};
  while (!stack.empty()) {
    const GumboNode* n = stack.back();
    stack.pop_back();
    if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE ||
        n->type == GUMBO_NODE_CDATA) {
      AppendCollapsed(n->v.text.text, &out);
    } else if (n->type == GUMBO_NODE_ELEMENT || n->type == GUMBO_NODE_DOCUMENT) {
      const GumboVector& children =
          n->type == GUMBO_NODE_ELEMENT ? n->v.element.children : n->v.document.children;
      for (unsigned i = children.length; i > 0; --i) {
        stack.push_back(static_cast<const GumboNode*>(children.data[i - 1]));
      }
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  if (!out.empty() && out.front() == ' ') out.erase(0, 1);
  return out;
}

bool IsBlock(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_LI: case GUMBO_TAG_UL:
    case GUMBO_TAG_OL: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3:
    case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_HEADER: case GUMBO_TAG_MAIN:
    case GUMBO_TAG_TABLE: case GUMBO_TAG_TR: case GUMBO_TAG_TD: case GUMBO_TAG_TH:
    case GUMBO_TAG_PRE: case GUMBO_TAG_DL: case GUMBO_TAG_DT: case GUMBO_TAG_DD:
    case GUMBO_TAG_FIGURE: case GUMBO_TAG_HR: case GUMBO_TAG_BR: case GUMBO_TAG_BODY:
    case GUMBO_TAG_ADDRESS: case GUMBO_TAG_DETAILS: case GUMBO_TAG_SUMMARY:
      return true;
    default:
      return false;
  }
}

class Extractor {
 public:
  Extractor(const CleaningRules& rules, HtmlArticle* out) : rules_(rules), out_(out) {}

  void Run(const GumboNode* document) {
    const GumboNode* root = nullptr;
    const GumboNode* main = nullptr;
    const GumboNode* body = nullptr;
    // One walk over the whole tree for metadata and the content root.
    std::vector<const GumboNode*> stack = {document};
    while (!stack.empty()) {
      const GumboNode* n = stack.back();
      stack.pop_back();
      if (n->type != GUMBO_NODE_ELEMENT && n->type != GUMBO_NODE_DOCUMENT) continue;
      if (n->type == GUMBO_NODE_ELEMENT) {
        GumboTag tag = n->v.element.tag;
        if (tag == GUMBO_TAG_META) Meta(n);
        if (tag == GUMBO_TAG_SCRIPT) LinkedData(n);
        if (tag == GUMBO_TAG_TITLE && page_title_.empty()) page_title_ = TextOf(n);
        if (tag == GUMBO_TAG_LINK) {
          const char* rel = Attr(n, "rel");
          const char* href = Attr(n, "href");
          if (rel != nullptr && href != nullptr && AsciiLower(rel) == "canonical" &&
              out_->meta.url.empty()) {
            out_->meta.url = href;
          }
        }
        if (tag == GUMBO_TAG_TIME && time_date_.empty()) {
          const char* dt = Attr(n, "datetime");
          time_date_ = ParseDate(dt != nullptr ? std::string(dt) : TextOf(n), rules_, false);
        }
        if (tag == GUMBO_TAG_ARTICLE && root == nullptr) root = n;
        if (tag == GUMBO_TAG_MAIN && main == nullptr) main = n;
        if (tag == GUMBO_TAG_BODY && body == nullptr) body = n;
        if (tag == GUMBO_TAG_H1 && h1_.empty() && !Skipped(n)) h1_ = TextOf(n);
      }
      const GumboVector& children =
          n->type == GUMBO_NODE_ELEMENT ? n->v.element.children : n->v.document.children;
      for (unsigned i = children.length; i > 0; --i) {
        stack.push_back(static_cast<const GumboNode*>(children.data[i - 1]));
      }
    }
    if (root == nullptr) root = main != nullptr ? main : body;
    if (root != nullptr) Text(root);
    Flush();

    KnownMetadata& meta = out_->meta;
    meta.title_in_text = false;
    meta.title = !og_title_.empty() ? og_title_
                 : !ld_title_.empty() ? ld_title_
                 : !h1_.empty()       ? h1_
                                      : page_title_;
    if (meta.date.empty()) meta.date = time_date_;
  }

 private:
  void Meta(const GumboNode* n) {
    const char* key = Attr(n, "property");
    if (key == nullptr) key = Attr(n, "name");
    if (key == nullptr) key = Attr(n, "itemprop");
    const char* content = Attr(n, "content");
    if (key == nullptr || content == nullptr) return;
    std::string k = AsciiLower(key);
    KnownMetadata& meta = out_->meta;
    if (k == "og:title" && og_title_.empty()) og_title_ = content;
    if (k == "og:site_name" && meta.outlet.empty()) meta.outlet = content;
    if (k == "og:url" && meta.url.empty()) meta.url = content;
    if ((k == "article:published_time" || k == "datepublished" || k == "date" ||
         k == "pubdate" || k == "publish-date" || k == "publishdate" || k == "dc.date" ||
         k == "dc.date.issued" || k == "sailthru.date" || k == "parsely-pub-date") &&
        meta.date.empty()) {
      meta.date = ParseDate(content, rules_, false);
    }
  }

  // schema.org JSON-LD (<script type="application/ld+json">): many pages state
  // the headline, date and publisher only there.
  void LinkedData(const GumboNode* n) {
    const char* type = Attr(n, "type");
    if (type == nullptr || AsciiLower(type) != "application/ld+json") return;
    std::string json;
    const GumboVector& children = n->v.element.children;
    for (unsigned i = 0; i < children.length; ++i) {
      const GumboNode* c = static_cast<const GumboNode*>(children.data[i]);
      if (c->type == GUMBO_NODE_TEXT || c->type == GUMBO_NODE_CDATA) json += c->v.text.text;
    }
    nlohmann::json root = nlohmann::json::parse(json, nullptr, /*allow_exceptions=*/false);
    if (root.is_discarded()) return;
    std::vector<const nlohmann::json*> items = {&root};
    for (std::size_t i = 0; i < items.size() && i < 64; ++i) {
      const nlohmann::json& item = *items[i];
      if (item.is_array()) {
        for (const nlohmann::json& e : item) items.push_back(&e);
        continue;
      }
      if (!item.is_object()) continue;
      if (auto g = item.find("@graph"); g != item.end()) items.push_back(&*g);
      auto text = [&item](const char* key) -> std::string {
        auto it = item.find(key);
        return it != item.end() && it->is_string() ? it->get<std::string>() : "";
      };
      std::string type_name = text("@type");
      if (type_name.find("Article") == std::string::npos &&
          type_name.find("Posting") == std::string::npos) {
        continue;
      }
      KnownMetadata& meta = out_->meta;
      if (ld_title_.empty()) ld_title_ = text("headline");
      if (meta.date.empty()) meta.date = ParseDate(text("datePublished"), rules_, false);
      if (auto p = item.find("publisher"); meta.outlet.empty() && p != item.end() &&
                                           p->is_object()) {
        auto name = p->find("name");
        if (name != p->end() && name->is_string()) meta.outlet = name->get<std::string>();
      }
    }
  }

  // An element whose text is never article text.
  bool Skipped(const GumboNode* n) const {
    if (n->type != GUMBO_NODE_ELEMENT) return false;
    GumboTag tag = n->v.element.tag;
    if (rules_.html_skip_tags.contains(TagName(n))) return true;
    if (tag == GUMBO_TAG_BODY || tag == GUMBO_TAG_ARTICLE || tag == GUMBO_TAG_MAIN ||
        tag == GUMBO_TAG_HTML) {
      return false;
    }
    for (const char* attr : {"id", "class"}) {
      const char* v = Attr(n, attr);
      if (v == nullptr) continue;
      std::string lower = AsciiLower(v);
      for (const std::string& fragment : rules_.html_skip_classes) {
        if (lower.find(fragment) != std::string::npos) return true;
      }
    }
    return false;
  }

  // Block text below `root`, one block a line. Iterative: deep pages cannot
  // overflow the stack. A null entry on the stack closes a block.
  void Text(const GumboNode* root) {
    std::vector<const GumboNode*> stack = {root};
    while (!stack.empty()) {
      const GumboNode* n = stack.back();
      stack.pop_back();
      if (n == nullptr) {
        Flush();
        continue;
      }
      if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_CDATA ||
          n->type == GUMBO_NODE_WHITESPACE) {
        AppendCollapsed(n->v.text.text, &line_);
        continue;
      }
      if (n->type != GUMBO_NODE_ELEMENT || Skipped(n)) continue;
      GumboTag tag = n->v.element.tag;
      // A page's own <header> (logo, menus) is chrome; an article's is not.
      if (tag == GUMBO_TAG_HEADER && root->v.element.tag != GUMBO_TAG_ARTICLE) continue;
      if (tag == GUMBO_TAG_H1 && TextOf(n) == h1_) continue;  // the headline is the title
      bool block = IsBlock(tag);
      if (block) {
        Flush();
        stack.push_back(nullptr);
        if (tag == GUMBO_TAG_LI) line_ = "- ";
      }
      const GumboVector& children = n->v.element.children;
      for (unsigned i = children.length; i > 0; --i) {
        stack.push_back(static_cast<const GumboNode*>(children.data[i - 1]));
      }
    }
  }

  void Flush() {
    std::string_view s = line_;
    while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
    while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
    if (!s.empty() && s != "-") {
      out_->text.append(s);
      out_->text.push_back('\n');
    }
    line_.clear();
  }

  const CleaningRules& rules_;
  HtmlArticle* out_;
  std::string line_;
  std::string page_title_, og_title_, ld_title_, h1_, time_date_;
};

}  // namespace

HtmlArticle ExtractHtml(std::string_view html, const CleaningRules& rules) {
  HtmlArticle article;
  GumboOutput* output = gumbo_parse_with_options(&kGumboDefaultOptions, html.data(), html.size());
  Extractor(rules, &article).Run(output->document);
  gumbo_destroy_output(&kGumboDefaultOptions, output);
  return article;
}

}  // namespace actorgraph
