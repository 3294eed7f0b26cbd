#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "present/norms_view.h"
#include "service/assessments.h"

namespace securebase::present {

// Norms for the subscales of one instrument that ship without them, shown with what was entered
// before. Every filled row must be complete and valid before any is saved; empty rows are left
// alone.
class NormsPresenter {
public:
    NormsPresenter(NormsView& view, service::Assessments& assessments, std::string instrumentId,
                   std::function<void()> saved);

    void Start();
    void OnSave();

private:
    NormsView& m_view;
    service::Assessments& m_assessments;
    std::string m_instrumentId;
    std::function<void()> m_saved;
    std::vector<std::string> m_subscaleIds;  // one per row
};

}  // namespace securebase::present
