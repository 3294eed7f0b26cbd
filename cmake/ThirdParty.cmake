# Imported targets for the libraries that ship no usable CMake config of their own, so that every
# module links a target name and nothing leaks through global include paths.
find_package(PkgConfig REQUIRED)

# SQLCipher 4.6 (bookworm-backports). Never link libsqlite3 beside it: both export sqlite3_*.
pkg_check_modules(SQLCIPHER REQUIRED IMPORTED_TARGET sqlcipher>=3.46)  # pkg-config reports the SQLite version: 3.46 = SQLCipher 4.6
add_library(SecureBase::SQLCipher ALIAS PkgConfig::SQLCIPHER)

find_package(OpenSSL 3 REQUIRED COMPONENTS Crypto)
find_package(Poco REQUIRED COMPONENTS Foundation Util JSON)
find_package(Threads REQUIRED)

# libharu 2.3 ships neither a pkg-config file nor a CMake config. Only src/report links it.
find_path(SECUREBASE_HPDF_INCLUDE_DIR hpdf.h REQUIRED)
find_library(SECUREBASE_HPDF_LIBRARY hpdf REQUIRED)
add_library(SecureBase::libharu UNKNOWN IMPORTED)
set_target_properties(SecureBase::libharu PROPERTIES
  IMPORTED_LOCATION "${SECUREBASE_HPDF_LIBRARY}"
  INTERFACE_INCLUDE_DIRECTORIES "${SECUREBASE_HPDF_INCLUDE_DIR}")

if(SECUREBASE_BUILD_GUI)
  find_package(wxWidgets 3.2 REQUIRED COMPONENTS core base)
  add_library(securebase_wx INTERFACE)
  target_include_directories(securebase_wx SYSTEM INTERFACE ${wxWidgets_INCLUDE_DIRS})
  target_compile_definitions(securebase_wx INTERFACE ${wxWidgets_DEFINITIONS})
  target_compile_options(securebase_wx INTERFACE ${wxWidgets_CXX_FLAGS})
  target_link_libraries(securebase_wx INTERFACE ${wxWidgets_LIBRARIES})
  add_library(SecureBase::wx ALIAS securebase_wx)
endif()
