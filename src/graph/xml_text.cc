#include "graph/xml_text.h"

#include <sstream>

#include <boost/property_tree/xml_parser.hpp>

#include "graph/import.h"

namespace actorgraph {

Status ParseXml(std::string_view bytes, std::string_view origin, boost::property_tree::ptree* tree) {
  std::istringstream in{std::string(bytes)};
  try {
    boost::property_tree::read_xml(in, *tree);
  } catch (const boost::property_tree::xml_parser_error& e) {
    return Status::ParseError(std::string(origin) + ":" + std::to_string(e.line() > 0 ? e.line() : 1) +
                              ": malformed XML: " + e.message());
  }
  return Status::Ok();
}

int NthTagLine(std::string_view text, std::string_view tag, int n) {
  std::size_t pos = 0;
  for (int i = 0; i < n; ++i) {
    pos = text.find(tag, i == 0 ? 0 : pos + 1);
    if (pos == std::string_view::npos) return 1;
  }
  return LineAt(text, pos);
}

}  // namespace actorgraph
