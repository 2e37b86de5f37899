// Small XML helpers shared by the GraphML and GEXF readers (escaping for the
// writers is core/escape.h).
#ifndef ACTORGRAPH_GRAPH_XML_TEXT_H_
#define ACTORGRAPH_GRAPH_XML_TEXT_H_

#include <string>
#include <string_view>

#include <boost/property_tree/ptree.hpp>

#include "core/status.h"

namespace actorgraph {

/// Parses XML into a property tree (attributes under "<xmlattr>").
/// ParseError "origin:line: message" when it is not well-formed.
Status ParseXml(std::string_view bytes, std::string_view origin, boost::property_tree::ptree* tree);

/// The line of the n-th (1-based) occurrence of `tag` ("<edge") in `text`, or 1.
int NthTagLine(std::string_view text, std::string_view tag, int n);

}  // namespace actorgraph

#endif  // ACTORGRAPH_GRAPH_XML_TEXT_H_
