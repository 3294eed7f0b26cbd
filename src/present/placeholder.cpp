// replaced by the first presenter
