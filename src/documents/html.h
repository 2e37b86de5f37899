// HTML articles, parsed with gumbo (a real HTML5 parser, so broken markup is
// handled the way browsers do).
#ifndef ACTORGRAPH_DOCUMENTS_HTML_H_
#define ACTORGRAPH_DOCUMENTS_HTML_H_

#include <string>
#include <string_view>

#include "documents/cleaner.h"
#include "documents/cleaning_rules.h"

namespace actorgraph {

/// The readable text of a page and what its markup says about it.
struct HtmlArticle {
  KnownMetadata meta;  // headline (<h1>, og:title, <title>), date, outlet, url
  std::string text;    // one block (paragraph, list item "- ...", heading) a line
};

/// Extracts the article from an HTML page. The text comes from the first
/// <article> (else <main>, else <body>); skipped: comments, the [html]
/// skip_tags of cleaning.toml (script, style, nav, aside, footer, forms, ...)
/// and elements whose id or class contains a skip_classes fragment
/// ("comment", "share", "related", ...). Metadata: og:title / <h1> / <title>;
/// article:published_time, datePublished, date meta tags or the first
/// <time datetime>; og:site_name; canonical URL. `html` must be valid UTF-8.
HtmlArticle ExtractHtml(std::string_view html, const CleaningRules& rules);

}  // namespace actorgraph

#endif  // ACTORGRAPH_DOCUMENTS_HTML_H_
