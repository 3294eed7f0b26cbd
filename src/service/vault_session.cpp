#include "service/vault_session.h"
