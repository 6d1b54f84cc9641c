// SPDX-License-Identifier: MIT
// ApiFailure (stub; implementation follows).
#include "apifailure.h"

namespace vd::app {

ApiFailure ApiFailure::fromResponse(const HttpResponse &response, const QUrl &) {
    ApiFailure f;
    f.httpStatus = response.status;
    return f;
}
ApiFailure ApiFailure::malformed(const QString &what, int httpStatus) {
    ApiFailure f;
    f.kind = Kind::MalformedReply;
    f.httpStatus = httpStatus;
    f.detail = what;
    return f;
}
QString ApiFailure::kindName(Kind) {
    return {};
}

} // namespace vd::app
