#include "assess/json_writer.h"

#include <sstream>

namespace securebase::assess {

JsonObjectPtr NewJsonObject() { return new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER); }

JsonArrayPtr NewJsonArray() { return new Poco::JSON::Array(); }

std::string Stringify(const JsonObjectPtr& object) {
    std::ostringstream out;
    object->stringify(out, 2);
    out << '\n';
    return out.str();
}

}  // namespace securebase::assess
