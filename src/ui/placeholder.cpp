// replaced by the first window
